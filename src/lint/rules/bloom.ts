// Labels that say the same thing twice: when difficulty follows the Bloom level, one of
// them is a guess (difficulty is a fact about students, known after a pilot).
import { placeOf } from '../../yaml/decode.js'
import { rule } from '../model.js'
import { cramersV, MIN_BANK } from '../stats.js'

export const bloomDifficultyConfound = rule('bloom-difficulty-confound', 'info', 'Difficulty labels follow the Bloom levels (Cramér\'s V > 0.7)', (context) => {
  const quiz = context.module.questions.quiz
  if (quiz.length < MIN_BANK) return []
  const v = cramersV(quiz.map((q) => q.bloom), quiz.map((q) => q.difficulty))
  if (v <= 0.7) return []
  return [{ rule: 'bloom-difficulty-confound', file: 'questions', place: placeOf(quiz[0]!, 'difficulty'), reason: `Unexpected difficulty labels that follow the Bloom levels (Cramér's V ${v.toFixed(2)}), expected difficulty judged on its own, ideally from students' results` }]
})
