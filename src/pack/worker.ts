// A PDF rendering thread (see pool.ts). It is handed the quiz shapes once, then renders
// one PDF per message: a student's quiz, the shape personalized with the student's name
// and id, or a tree made on the main thread (the handout, or a quiz whose template rules
// personalizing out). Each thread has its own fonts, shaping cache and layout caches,
// which fill on its first quiz and serve every later one: so as soon as the shapes come
// (while the main thread renders the pack's own documents), it renders a quiz of the
// first shape for a stand-in student and throws it away, and the first real quiz finds
// it warm. What a document's bytes are never depends on what was rendered before it
// (fonts.ts, glyphs.ts).
import { parentPort } from 'node:worker_threads'
import { renderPdf, type PdfOptions } from '../render/pdf/document.js'
import { personalize, type QuizShape } from './personalize.js'
import type { PoolJob, PoolMessage, PoolReply } from './threads.js'

const port = parentPort
if (port === null) throw new TypeError('classpack: pack/worker.js runs as a worker thread')
let shapes: Record<string, QuizShape> = {}
/** The warm-up render; jobs wait for it, so two renders never interleave on one thread. */
let warm: Promise<unknown> = Promise.resolve()

function warmUp(options: PdfOptions | undefined): Promise<unknown> {
  const shape = Object.values(shapes)[0]
  const tree = shape && personalize(shape, { name: 'Warm Up', id: '0', group: '0' })
  return tree && options ? renderPdf(tree, options).catch(() => undefined) : Promise.resolve()
}

port.on('message', (message: PoolMessage) => {
  if (message.type === 'shapes') {
    shapes = message.shapes
    warm = warmUp(message.warm)
    return
  }
  const job = message
  render(job).then(
    (bytes) => {
      // A PDF of its own ArrayBuffer moves to the main thread without a copy.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      const out = own ? bytes : bytes.slice()
      port.postMessage({ seq: job.seq, bytes: out } satisfies PoolReply, [out.buffer as ArrayBuffer])
    },
    (cause: unknown) => port.postMessage({ seq: job.seq, error: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) } satisfies PoolReply)
  )
})

async function render(job: PoolJob): Promise<Uint8Array> {
  await warm
  const tree = job.tree ?? personalize(shapes[job.shape!]!, job.student!)
  if (tree === undefined) throw new TypeError(`classpack: shape ${job.shape} cannot take student ${JSON.stringify(job.student)}`)
  return renderPdf(tree, job.options)
}
