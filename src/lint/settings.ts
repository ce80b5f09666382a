// `lint: { ignore: { <rule-id>: <reason> } }`, on an item of questions.yaml, on a set of
// module.yaml or on the module: a rule set aside there, with the reason a teacher gives
// (printed in the facilitator material, so a set-aside rule stays visible).
import { id, object, optional, record, string } from '../yaml/decode.js'

/** What a module, a set or an item says about the lint. */
export interface LintSettings {
  /** Rule ids set aside, each with its reason. */
  ignore: Record<string, string>
}

/** The schema of a `lint:` field. */
export const lintSettings = object('lint settings', {
  ignore: optional(record('rules set aside, each `rule-id: reason`', id, string()), () => ({}))
})
