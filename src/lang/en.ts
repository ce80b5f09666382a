// English: every word classpack prints into a pack (see strings.ts for what each is).
import type { UiStrings } from './strings.js'

const byline = (title: string, author: string): string => `${title}, by ${author}`
// "A", "A and B", "A, B and C" (no serial comma, as the rest of the pack's English).
const and = (names: readonly string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)
const versioned = (name: string, version: string | null): string => (version ? `${name}, version ${version}` : name)
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
/** `points` shared `k` ways: "1 point", "0.5 points", "2/3 of a point", "4/3 points". */
function share(points: number, k: number): string {
  const value = points / k
  if (Number.isInteger(value * 100)) return `${value} point${value === 1 ? '' : 's'}`
  const d = gcd(points, k)
  return value < 1 ? `${points / d}/${k / d} of a point` : `${points / d}/${k / d} points`
}

export const en: UiStrings = {
  lang: 'en',

  points: (n) => `${n} point${n === 1 ? '' : 's'}`,
  bloom: { remember: 'remember', understand: 'understand', apply: 'apply', analyse: 'analyse', evaluate: 'evaluate', create: 'create' },
  difficulty: { easy: 'easy', medium: 'medium', hard: 'hard' },
  purposes: {
    comprehension: 'comprehension',
    steelman: 'steelman the argument',
    'weigh-the-evidence': 'weigh the evidence',
    counterfactual: 'counterfactual',
    'apply-to-another-case': 'apply to another case',
    'compare-perspectives': 'compare perspectives',
    'evaluate-the-argument': 'evaluate the argument',
    'close-reading': 'close reading',
    produce: 'produce something with the argument'
  },
  kinds: { empirical: 'empirical', causal: 'causal', predictive: 'predictive', normative: 'normative', interpretive: 'interpretive' },
  evidence: {
    none: 'none offered',
    'reported-statement': 'a reported statement',
    event: 'an event described',
    example: 'an example or analogy',
    reasoning: 'reasoning from other claims'
  },
  relations: { supports: 'supports', qualifies: 'qualifies', contrasts_with: 'contrasts with' },
  assertedByAuthor: (author) => `the author (${author})`,
  assertedByActor: (actors) => `${and(actors)}, as reported by the author`,
  and: (names) => and(names),
  draft: 'Draft — claims not yet reviewed',
  notGiven: 'not given in the source',
  untitledSection: 'Opening (untitled)',
  noParagraphs: 'none',
  correct: 'Correct',
  incorrect: 'Incorrect',

  handout: (n) => ({
    byline: byline(n.title, n.author),
    aboutArticle: 'About the article',
    author: 'Author:',
    aboutAuthor: 'About the author:',
    publication: 'Publication:',
    published: 'Published:',
    lengthLabel: 'Length:',
    length: `${n.paragraphs} paragraphs, about ${n.words} words, about ${n.minutes} minutes of reading`,
    numbering: `Paragraphs are numbered ¶1 to ¶${n.paragraphs} in reading order (subheads are not numbered). Each of the ${n.claims} key claims below quotes the article's own words and gives the ¶ where they stand.`,
    readingGuide: 'Reading guide',
    beforeReading: 'Before reading.',
    beforeReadingText: 'Read the title and standfirst. What do you expect the author to argue, and about whom?',
    whileReading: 'While reading.',
    whileReadingText: 'Take the article section by section. Note who is speaking in each claim (the author, or someone whose view he reports) and how firmly it is put.',
    keyClaims: 'key claims',
    hedgingToNotice: 'Hedging to notice:',
    afterReading: 'After reading.',
    afterReadingText: "State the author's thesis in one sentence, then list the reasons he gives for it and the evidence the text offers for each.",
    argument: 'The argument: key claims',
    openQuote: '“',
    closeQuote: '”',
    sentence: 'sentence',
    assertedBy: 'Asserted by:',
    hedging: 'Hedging:',
    none: 'none',
    evidence: 'Evidence in the text:',
    actors: 'Actors:',
    themes: 'Themes:',
    relations: 'Relations:',
    actorsHeading: 'Actors',
    glossary: 'Glossary',
    asTheArticleUsesIt: '(as the article uses it)',
    context: 'Context from outside the article',
    contextCallout: 'Supplied by the teacher, not by the article',
    contextNote: 'These notes add facts the article does not give. Each is dated and tied to the claim it helps to read.',
    asOf: 'as of',
    source: 'Source:'
  }),

  discussion: (n) => {
    const count = `${n.count} questions${n.minutes ? `, about ${n.minutes} minutes` : ''}.`
    return {
      byline: byline(n.title, n.author),
      heading: 'Discussion questions',
      facilitatorHeading: 'Discussion questions: facilitator edition',
      intro: `${count} Each question gives the paragraphs (¶) to look back at.`,
      facilitatorIntro: `${count} For each: the prompt students see, its follow-ups, the claims it draws on, what a good discussion covers and the misreadings to expect.`,
      purpose: 'Purpose:',
      bloom: 'Bloom level:',
      time: 'Time:',
      id: 'Id:',
      followUps: 'Follow-ups',
      drawsOn: 'Draws on',
      goodDiscussion: 'What a good discussion covers',
      misreadings: 'Likely misreadings',
      teachingNotes: 'Teaching notes on the claims'
    }
  },

  quiz: (n) => ({
    byline: byline(n.title, n.author),
    heading: versioned('Quiz', n.version),
    nameLabel: 'Name:',
    fillInName: 'Name',
    idLabel: 'ID:',
    versionLabel: 'Version:',
    intro: `${n.items} questions, ${n.points} points. Answer every question; the points for each are in brackets.`
  }),

  answerKey: (n) => ({
    byline: byline(n.title, n.author),
    heading: versioned('Answer key', n.version),
    intro: `${n.items} questions, ${n.points} points. For each question: the answer, why each option is right or wrong, and the claim and paragraph (¶) it tests.`,
    answer: 'Answer:',
    seeModelAnswer: 'see the model answer',
    modelAnswer: 'Model answer.',
    rubric: 'Rubric',
    tests: 'Tests'
  }),
  keyQuestion: (number) => `Question ${number}`,
  setAside: {
    heading: 'Lint rules set aside',
    intro: 'classpack checks every item against item-writing rules (docs/ITEM-WRITING.md). These were set aside for this pack, with the reasons given:',
    module: 'whole module',
    set: (name) => `set ${name}`,
    question: (id) => `question ${id}`
  },

  cover: (n) => ({
    byline: byline(n.title, n.author),
    idLabel: 'ID:',
    fillInName: 'Name',
    intro: `${n.items} questions, ${n.points} points.`,
    beforeStart: 'Before you start',
    beforeStartNote: 'Check that the name on this sheet is yours. Do not turn over until you are told to.'
  }),

  index: (n) => ({
    heading: `Class pack: ${n.title}`,
    intro: `An article by ${n.author}, ready to teach: a seminar handout, discussion questions, quizzes and answer keys.`,
    documents: 'Documents',
    webPage: 'web page',
    pdf: 'PDF',
    downloads: 'For your learning platform',
    questions: 'Questions in this pack',
    set: 'Set',
    counts: `${n.quizCount} quiz questions and ${n.discussionCount} discussion questions, seed ${n.seed}.`,
    versions: n.versions ? `Versions ${n.versions}, each with its own answer key.` : null,
    studentsBefore: n.students ? `One quiz per student (${n.students} students) in the` : null,
    studentsAfter: n.students ? 'folder, and a grading sheet mapping each student to a version and its answers:' : null,
    coverage: `They cover ${n.claimsCovered} of the ${n.claimsTotal} key claims and paragraphs ${n.paragraphsCovered}.`,
    leftOut: n.paragraphsLeftOut ? `Paragraphs no selected question reaches: ${n.paragraphsLeftOut}.` : null,
    notCovered: 'not covered by this set'
  }),
  aboutMinutes: (minutes) => `about ${minutes} minutes`,
  lookBack: (cites) => `Look back at ${cites}.`,

  map: {
    heading: 'Argument map',
    intro:
      'Each box is a key claim: its label, its paragraph (¶) and a few words. Each line is a relation between two claims, named on the line: a solid arrow runs from a claim to the claim it supports, a dashed arrow to the claim it qualifies, and a dash-dot line with heads at both ends joins two claims that contrast with each other. Where the map is drawn in parts, a dashed box stands for a claim of another part.',
    kinds: { supports: 'supports', qualifies: 'qualifies', contrasts_with: 'contrasts with' },
    elsewhere: 'claim from another part of the map',
    relation: (from, kind, to) => `${from} ${kind === 'contrasts_with' ? 'contrasts with' : kind} ${to}`,
    worksheetHeading: 'The argument as a map',
    worksheetIntro:
      'Each box is a key claim of the article, with its paragraph (¶). Draw the relations between them and name each on its line: a solid arrow from a claim to a claim it supports, a dashed arrow to one it qualifies, and a dash-dot line with heads at both ends between two claims that contrast with each other.'
  },

  documents: {
    title: (document, article) => `${document}: ${article}`,
    handout: 'Seminar handout',
    handoutSubject: 'Seminar handout: the article, its key claims, actors, glossary and context',
    discussion: 'Discussion questions',
    discussionSubject: 'Discussion questions (student edition)',
    facilitator: 'Discussion questions, facilitator edition',
    facilitatorSubject: 'Discussion questions with facilitator notes',
    quiz: (version) => versioned('Quiz', version),
    answerKey: (version) => versioned('Answer key', version),
    studentQuiz: (name) => `Quiz for ${name}`,
    studentSubject: (version, name) => `${versioned('Quiz', version)}, for ${name}`,
    printBundle: 'Print bundle',
    printSubject: 'Quizzes for duplex printing, each starting on a new sheet',
    version: (id) => `Version ${id}`,
    index: 'Class pack'
  },

  pdf: {
    page: (n, total) => `Page ${n} of ${total}`,
    blank: 'This page is intentionally left blank'
  },

  downloads: {
    moodle: 'Moodle XML (Question bank › Import › Moodle XML format)',
    gift: 'GIFT (Question bank › Import › GIFT format)',
    qti: 'Canvas QTI 1.2 package (Settings › Import course content › QTI .zip file)',
    qti21: 'QTI 2.1 package for Blackboard, Brightspace and Canvas (a question bank or course import)'
  },

  grading: { name: 'name', id: 'id', group: 'group', version: 'version', file: 'file', question: (n) => `q${n}` },

  exports: {
    tests: (label, paragraph) => `Tests ${label} (¶${paragraph})`,
    qtiTitle: (title) => `Quiz: ${title}`,
    qtiDescription: (setTitle, title, author) => `${setTitle ? `${setTitle}. ` : ''}On “${title}” by ${author}.`,
    giftPoints: (id, points) => `${id} is worth ${points} points: GIFT cannot carry marks, so Moodle imports it worth 1. Set its mark in the quiz (or import moodle.xml).`,
    giftPinned: (id, option) => `${id}: keep “${option}” last. GIFT cannot say so: untick "Shuffle the choices?" in this question (or import moodle.xml).`
  },

  types: {
    single: { instruction: 'Choose one answer.' },
    multiple: {
      instruction: 'Select all that apply.',
      scoring: 'Each correct option you tick earns an equal share of the points and each wrong option you tick takes one share away; no question scores below 0.',
      keyScoring: (correct, points) =>
        correct === 1
          ? `Scoring: 1 correct option, which earns ${share(points, 1)} when ticked; each wrong option ticked takes ${share(points, 1)} away; the question scores at least 0.`
          : `Scoring: ${correct} correct options, so each correct option ticked earns ${share(points, correct)} and each wrong option ticked takes ${share(points, correct)} away; the question scores at least 0.`
    },
    'true-false': { instruction: 'True or false?', true: 'True', false: 'False' },
    short: {
      instruction: 'Answer in a few sentences.',
      gradingCell: (points) => `short answer (${points} points; see key)`,
      modelAnswer: 'Model answer:',
      rubric: 'Rubric'
    }
  }
}
