// print-bundle.pdf: the planned sections (plan.ts), every student's quiz in roster order
// or one blank quiz per version, each with an optional cover sheet, in one PDF for duplex
// printing (render/pdf/bundle.ts).
import type { BundleSection } from '../render/pdf/bundle.js'
import { fillDocument, type PageContext } from './document.js'
import { personalView, type PackPlan } from './plan.js'
import { PersonalTrees, quizTrees } from './students.js'

/** The print bundle's bytes, each quiz set with its version's squeeze (fit.ts); undefined when a template fails (the message is on its file). */
export async function printBundle(ctx: PageContext, plan: PackPlan, squeezes: readonly number[] = []): Promise<Uint8Array | undefined> {
  const print = plan.print
  if (print === null) throw new TypeError('classpack: the plan has no print bundle')
  const quizzes = quizTrees(ctx, plan)
  const covers = new PersonalTrees(ctx, (v, student) => personalView(plan.versions[v]!.cover!, student), plan.personalize)
  let failed = false

  // Sections are made as the bundle is laid out, so their trees need not all be held at once.
  function* sections(): Generator<BundleSection> {
    for (const section of print!.sections) {
      const views = plan.versions[section.version]!
      const tree = section.student ? quizzes.tree(section.version, section.student, section.meta) : fillDocument(ctx, section.meta, views.quiz)
      const cover = section.cover === null ? undefined : section.student ? covers.tree(section.version, section.student, section.cover) : fillDocument(ctx, section.cover, views.cover!)
      if (tree === undefined || (section.cover !== null && cover === undefined)) {
        failed = true
        return
      }
      yield { tree, cover, header: section.header, who: section.who, label: section.label, squeeze: squeezes[section.version] ?? 1 }
    }
  }

  const { renderPrintBundle } = await import('../render/pdf/bundle.js')
  const bytes = await renderPrintBundle(sections(), { ...plan.pdf, title: print.meta.title, subject: print.meta.subject, outline: true })
  return failed ? undefined : bytes
}
