// Every lint rule, in the order their messages are reported. Adding one: a module here that
// exports a `rule(...)`, one line below, a test in tests/lint/, and its row in the README.
import type { LintRule } from '../model.js'
import { bloomDifficultyConfound } from './bloom.js'
import { claimNeverMain, claimUntested, contextUndated, contextUnsourced, jointAsserter, metadataContradiction, mixedVoiceClaim, outsideGlossaryDatedFact, paragraphUncovered, reportedAsAuthor, unrecordedMarker } from './claims.js'
import { keyPositionAuthored, keyPositionBias, keyPositionRun, multiKeyCountConstant, multiKeysPrefix, unshuffledPrint } from './key-position.js'
import { crossItemLeak, sameClaimSameSkill } from './leaks.js'
import { keyStrictlyLongest, multiKeysLonger, optionLengthSpread } from './option-length.js'
import { allOrNone, grammaticalCue, mixedTypography, parallelKeyCue, specificDeterminer } from './options.js'
import { feedbackCite, positionalClaim, quoteNotInSource } from './quotes.js'
import { answerSpace, rubricAbsence, rubricAlternative, rubricEchoesStem } from './rubric.js'
import { claimUnrelated, relationCycle } from './relations.js'
import { keyTextRepeated, setFeasibility, tfBalance } from './sets.js'
import { clozeAnswerInPassage, clozeBankGiveaway, clozeGapFunctionWord, matchingOneToOne, numericAnswerElsewhere, numericAnswerInStem, numericAnswerNotInArticle } from './structured.js'
import { bloomVerb, negatedStatement, negativeStem, stemLength } from './stems.js'
import { keyMostStemOverlap, keyMostVerbatim } from './verbatim.js'
import { wordingLanguage } from './wording.js'

export const LINT_RULES: readonly LintRule[] = [
  keyPositionBias,
  keyPositionRun,
  keyPositionAuthored,
  unshuffledPrint,
  multiKeysPrefix,
  multiKeyCountConstant,
  keyStrictlyLongest,
  optionLengthSpread,
  multiKeysLonger,
  allOrNone,
  negativeStem,
  negatedStatement,
  specificDeterminer,
  keyMostVerbatim,
  keyMostStemOverlap,
  parallelKeyCue,
  grammaticalCue,
  mixedTypography,
  quoteNotInSource,
  positionalClaim,
  feedbackCite,
  crossItemLeak,
  sameClaimSameSkill,
  metadataContradiction,
  mixedVoiceClaim,
  reportedAsAuthor,
  jointAsserter,
  unrecordedMarker,
  paragraphUncovered,
  claimNeverMain,
  claimUntested,
  claimUnrelated,
  relationCycle,
  tfBalance,
  keyTextRepeated,
  clozeGapFunctionWord,
  clozeBankGiveaway,
  clozeAnswerInPassage,
  matchingOneToOne,
  numericAnswerInStem,
  numericAnswerElsewhere,
  numericAnswerNotInArticle,
  rubricEchoesStem,
  rubricAlternative,
  rubricAbsence,
  answerSpace,
  stemLength,
  bloomDifficultyConfound,
  bloomVerb,
  setFeasibility,
  contextUnsourced,
  contextUndated,
  outsideGlossaryDatedFact,
  wordingLanguage
]
