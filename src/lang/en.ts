// English: every word classpack prints into a pack (see strings.ts for what each is).
import { curlDoubleQuotes } from './marks.js'
import type { AuthorPronoun } from '../article/model.js'
import { andList as and, counted as several } from '../messages.js'
import { paperFigures, ranged, roughly } from './figures.js'
import type { UiStrings } from './strings.js'

// The article's title in quotation marks, as an article's title is cited (German quotes it too),
// a quotation inside it in single marks.
const quoted = (title: string): string => `“${title.replace(/“/g, '‘').replace(/”/g, '’')}”`
const byline = (title: string, author: string | null): string => (author ? `${quoted(title)} by ${author}` : quoted(title))
// The author doing something: "the author gives", or with the pronoun the front matter
// gives, "she gives", "they give". No pronoun is assumed.
const authorDoes = (pronoun: AuthorPronoun | null, verb: string): string =>
  pronoun === null ? `the author ${verb}s` : pronoun === 'they' ? `they ${verb}` : `${pronoun} ${verb}s`
const versioned = (name: string, version: string | null): string => (version ? `${name}, version ${version}` : name)
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
/** `points` shared `k` ways: "1 point", "0.5 points", "2/3 of a point", "4/3 points". */
function share(points: number, k: number): string {
  const value = points / k
  if (Number.isInteger(value * 100)) return `${value} point${value === 1 ? '' : 's'}`
  const d = gcd(points, k)
  return value < 1 ? `${points / d}/${k / d} of a point` : `${points / d}/${k / d} points`
}

/** How to mark answers: the circles ○ (one answer) and boxes □ (all that apply) a quiz has. */
function marks(has: { one: boolean; all: boolean }): string | null {
  if (has.one && has.all) return '○ fill in one circle; □ tick every box that applies.'
  if (has.one) return 'fill in the circle ○ of one answer.'
  if (has.all) return 'tick the box □ of every answer that applies.'
  return null
}

// Whether a stem already says how to answer in writing (types.short.instructs): "in two or
// three sentences", "in a sentence", "in your own words", or an instruction's verb opening a
// sentence ("Explain why …", "Then say whether …"). Not such a verb inside a question ("How does
// the author explain …?"), which asks about the article.
const INSTRUCTIONS: readonly RegExp[] = [
  /\bin\s+(?:(?:a|one|two|three|four|five|six|few|several|some|short|brief|complete|full|whole|your|own|\d+(?:\s*[–-]\s*\d+)?|or|to)\s+)+(?:sentences?|words?)\b/i,
  /\bin\s+(?:your|their|his|her|our|my)\s+own\s+words\b/i,
  /(?:^|[.!?:;]\s+|,\s+and\s+)(?:(?:then|now|briefly|also)\s+)*(?:explain|justify|describe|summari[sz]e|outline|discuss|answer|give|state|name|list|write|say)\b/i
]
const instructs = (stem: string): boolean => INSTRUCTIONS.some((r) => r.test(stem))

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** "December 1, 2026" (the US, Canada). */
const monthFirst = (year: number, month: number, day: number): string => `${MONTHS[month]} ${day}, ${year}`
/** "1 December 2026" (Britain, Ireland, Australia, New Zealand, India). */
const dayFirst = (year: number, month: number, day: number): string => `${day} ${MONTHS[month]} ${year}`

export const en: UiStrings = {
  lang: 'en',
  longDates: { en: monthFirst, 'en-us': monthFirst, 'en-ca': monthFirst, 'en-gb': dayFirst, 'en-ie': dayFirst, 'en-au': dayFirst, 'en-nz': dayFirst, 'en-in': dayFirst },

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
  assertedByAuthor: (author) => (author ? `the author (${author})` : 'the author'),
  assertedByActor: (actors) => `${and(actors)}, as reported by the author`,
  theAuthor: 'the author',
  // In single marks, as British English nests (‘… “kill the high street” …’), the article's straight marks curled (marks.ts).
  nested: (text) => ({ openQuote: '‘', closeQuote: '’', text: curlDoubleQuotes(text) }),
  and: (names) => and(names),
  sentences: (ns) => (ns.length === 1 ? `sentence\u00a0${ns[0]}` : `sentences\u00a0${ranged(ns, and)}`),
  draft: 'Draft — claims not yet reviewed',
  // The reading guide adds the section's paragraphs in brackets: no brackets of its own before them.
  untitledSection: 'Opening, untitled',
  wholeArticle: 'The whole article',
  noParagraphs: 'none',
  correct: 'Correct',
  incorrect: 'Incorrect',
  verdictWords: { correct: ['Right', 'Correct', 'Yes', 'True'], incorrect: ['Wrong', 'Incorrect', 'No', 'False'] },

  handout: (n) => ({
    byline: byline(n.title, n.author),
    aboutArticle: 'About the article',
    author: 'Author:',
    aboutAuthor: 'About the author:',
    publication: 'Publication:',
    published: 'Published:',
    online: 'Online:',
    lengthLabel: 'Length:',
    length: `${several(n.paragraphs, 'paragraph')}, about ${several(roughly(n.words), 'word')}, about ${several(n.minutes, 'minute')} of reading`,
    numbering: `Paragraphs are numbered ¶1 to ¶${n.paragraphs} in reading order, as in the margin of the reading copy (subheads are not numbered). ${n.claims === 1 ? 'The key claim below quotes the article\'s own words and gives the ¶ where they stand.' : `Each of the ${n.claims} key claims below quotes the article's own words and gives the ¶ where they stand.`}`,
    readingGuide: 'Reading guide',
    beforeReading: 'Before reading.',
    beforeReadingText: `Read the title${n.standfirst ? ' and standfirst' : ''}. ${n.reported ? 'What do you expect the article to report, and whose views?' : 'What do you expect the author to argue, and on what subject?'}`,
    whileReading: 'While reading.',
    whileReadingText: `Take the article section by section. Note who is speaking in each claim (the author, or someone whose view ${authorDoes(n.pronoun, 'report')}) and how firmly it is put.`,
    keyClaim: 'key claim',
    keyClaims: 'key claims',
    hedgingToNotice: 'Hedging to notice:',
    afterReading: 'After reading.',
    afterReadingText: n.reported
      ? 'Say in one sentence what the article reports, then list the views it gives, whose each one is, and the evidence the text offers for each.'
      : `State the author's thesis in one sentence, then list the reasons ${authorDoes(n.pronoun, 'give')} for it and the evidence the text offers for each.`,
    argument: 'The argument: key claims',
    openQuote: '“',
    closeQuote: '”',
    innerOpenQuote: '‘',
    innerCloseQuote: '’',
    sentence: 'sentence',
    kind: 'Kind of claim:',
    assertedBy: 'Asserted by:',
    hedging: 'Hedging:',
    none: 'none',
    evidence: 'Evidence in the text:',
    actors: 'Actors:',
    theme: 'Theme:',
    themes: 'Themes:',
    relations: 'Relations:',
    actorsHeading: 'Actors',
    glossary: 'Glossary',
    asTheArticleUsesIt: '(as the article uses it)',
    context: 'Context from outside the article',
    contextCallout: 'Supplied by the teacher, not by the article',
    contextNote: 'These notes add facts the article does not give. Each is dated and tied to the claim it helps to read.',
    asOf: 'as of',
    source: 'Source:',
    teacherMark: 'Teacher edition',
    teacherNote: `What students work out on their handout, filled in: each key claim's kind, who asserts it, its hedging and the evidence the text offers${n.notes ? '; with teaching notes' : ''}.`,
    teachingNote: 'Teaching note',
    fillIn: 'For each claim, fill in the blanks from the article: what kind of claim it is, who asserts it (the author, or someone the author reports), the words that hedge it (or none), and the evidence the text offers for it.',
    blanks: { kind: 'Kind of claim', assertedBy: 'Asserted by', hedging: 'Hedging', evidence: 'Evidence in the text' }
  }),

  article: (n) => {
    const where = [n.publication, n.published].filter(Boolean).join(', ')
    const credit = [n.author ? `By ${n.author}` : '', where].filter(Boolean).join(' · ')
    return {
      credit: credit || null,
      online: 'Online:',
      numbering: `Paragraphs are numbered ¶1–¶${n.paragraphs} in the margin, as every document of this pack cites them; subheads are not numbered.`,
      teacherMark: 'Teacher edition',
      teacherNote: `${n.claims === 1 ? 'The key claim is' : `Each of the ${n.claims} key claims is`} highlighted where its quote stands, after its label (${n.claims === 1 ? 'C1' : 'C1, C2, …'}) as the handout, the discussion questions and the answer keys name it.`,
      claimsHeading: 'The key claims'
    }
  },

  discussion: (n) => {
    // Minutes for some questions only are said to be for those: not the discussion's length.
    const part = n.timed < n.count ? ` for ${n.timed} of them` : ''
    const count = `${several(n.count, 'question')}${n.minutes ? `, about ${several(n.minutes, 'minute')}${part}` : ''}.`
    return {
      byline: byline(n.title, n.author),
      heading: 'Discussion questions',
      facilitatorHeading: 'Discussion questions: facilitator edition',
      intro: `${count} Each question gives the paragraphs (¶) to look back at.`,
      facilitatorIntro: `${count} For each: the prompt students see, its follow-ups, the claims it draws on${n.misreadings ? ', what a good discussion covers and the misreadings to expect' : ' and what a good discussion covers'}.`,
      purpose: 'Purpose:',
      bloom: 'Bloom level:',
      time: 'Time:',
      id: 'Id:',
      followUps: 'Follow-ups',
      drawsOn: 'Draws on',
      goodDiscussion: 'What a good discussion covers',
      misreadings: 'Likely misreadings',
      teachingNotes: 'Teaching notes on the claims',
      continued: '(continued)'
    }
  },

  quiz: (n) => ({
    byline: byline(n.title, n.author),
    heading: versioned('Quiz', n.version),
    nameLabel: 'Name:',
    fillInName: 'Name',
    idLabel: 'ID:',
    versionLabel: 'Version:',
    fillInClass: 'Class',
    classLabel: 'Class:',
    fillInDate: 'Date',
    timeLabel: 'Time allowed:',
    time: n.minutes === null ? null : `${n.minutes} minute${n.minutes === 1 ? '' : 's'}`,
    intro: `${several(n.items, 'question')}, ${several(n.points, 'point')}. Answer every question; the points for each are in brackets.`,
    // Beside questions answered in writing, in blanks or by matching (each says how), the line
    // is the choice questions' alone: said by its label, which costs no line of its own.
    howToAnswer: n.marks.other ? 'Choice questions:' : 'How to answer:',
    marks: marks(n.marks),
    score: 'Score',
    question: 'Question',
    pointsRow: 'Points',
    scoreRow: 'Score',
    total: 'Total',
    end: 'End of quiz',
    continued: '(continued)'
  }),

  answerKey: (n) => ({
    byline: byline(n.title, n.author),
    heading: versioned('Answer key', n.version),
    // Why each option is right or wrong only where there are options: a key of short answers has none.
    intro: `${several(n.items, 'question')}, ${several(n.points, 'point')}. For each question: the answer${n.options ? ', why each option is right or wrong,' : ''} and the claim and paragraph (¶) it tests.`,
    answer: 'Answer:',
    seeModelAnswer: 'see the model answer',
    continued: '(continued)',
    modelAnswer: 'Model answer.',
    rubric: 'Rubric',
    tests: 'Tests',
    grid: 'Answers at a glance',
    gridIntro: 'The answer to each question and its points, for marking; the reasons follow, question by question.',
    question: 'Question',
    answerColumn: 'Answer',
    points: 'Points',
    written: 'written (see the model answer)',
    total: 'Total',
    dash: '—'
  }),
  keyQuestion: (number) => `Question ${number}`,
  setAside: {
    heading: 'Lint rules set aside',
    intro: 'classpack checks every item against rules for fair test items, which look for cues that let students answer without reading. These were set aside for this pack, with the reasons given:',
    module: 'whole module',
    set: (name) => `set ${name}`,
    question: (id) => `question ${id}`,
    discussion: (id) => `question ${id}`
  },

  cover: (n) => ({
    byline: byline(n.title, n.author),
    idLabel: 'ID:',
    classLabel: 'Class:',
    fillInName: 'Name',
    intro: `${several(n.items, 'question')}, ${several(n.points, 'point')}${n.minutes === null ? '' : `, ${several(n.minutes, 'minute')}`}.`,
    beforeStart: 'Before you start',
    beforeStartNote: 'Check that the name on this sheet is yours. Do not turn over until you are told to.',
    // A cover with no name printed on it (a version's, without a roster).
    writeNameNote: 'Write your name above. Do not turn over until you are told to.'
  }),

  index: (n) => ({
    heading: `Class pack: ${n.title}`,
    intro: `${n.author ? `An article by ${n.author}` : 'The article'}, ready to teach: a reading copy, a seminar handout, ${n.discussionCount ? 'discussion questions, ' : ''}quizzes and answer keys.`,
    documents: 'Documents',
    forStudents: 'For students',
    forTeachers: 'For the teacher',
    webPage: 'web page',
    pdf: 'PDF',
    downloads: 'For your learning platform',
    questions: 'Questions in this pack',
    set: 'Set',
    titleDash: '—',
    counts: `${several(n.quizCount, 'quiz question')} and ${several(n.discussionCount, 'discussion question')}, seed ${n.seed}.`,
    versions: n.versions ? `Versions ${n.versions}, each with its own answer key.` : null,
    studentsBefore: n.students ? `One quiz per student (${several(n.students, 'student')}) in the` : null,
    studentsAfter: n.students ? 'folder, and a grading sheet mapping each student to a version and its answers:' : null,
    studentsElsewhere: n.students
      ? `${n.studentQuizzes === 'print' ? `One quiz per student (${several(n.students, 'student')}) in the print bundle, and a grading sheet` : `A grading sheet for the ${several(n.students, 'student')},`} mapping each student to a version and its answers:`
      : null,
    coverage: `They cover ${n.claimsTotal === 1 && n.claimsCovered === 1 ? 'the key claim' : `${n.claimsCovered} of the ${several(n.claimsTotal, 'key claim')}`} and paragraphs ${n.paragraphsCovered}.`,
    leftOut: n.paragraphsLeftOut ? `Paragraphs no selected question reaches: ${n.paragraphsLeftOut}.` : null,
    notCovered: 'not covered by this set'
  }),
  aboutMinutes: (minutes) => `about ${several(minutes, 'minute')}`,
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
    handoutSubject: 'Seminar handout: the article, its key claims to analyse, actors, glossary and context',
    handoutTeacher: 'Seminar handout, teacher edition',
    handoutTeacherSubject: 'Seminar handout with the analysis filled in and teaching notes',
    article: 'Reading copy',
    articleSubject: 'The article with its paragraphs numbered',
    articleTeacher: 'Reading copy, teacher edition',
    articleTeacherSubject: 'The article with its paragraphs numbered and each key claim marked where it stands',
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
    student: (name, version) => (version ? `${name} · Version ${version}` : name),
    // In the words of every teacher edition's mark.
    keyMark: 'Answer key — teacher edition',
    teacherMark: 'Teacher edition',
    facilitatorMark: 'Facilitator edition',
    draftMark: 'Draft',
    marks: (draft, mark) => `${draft} · ${mark}`,
    index: 'Class pack'
  },

  landmarks: { header: 'Page header', contents: 'Contents' },

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
    tests: (claims) => claims.map((c) => `Tests ${c.label} (¶${c.paragraph}): ${c.paraphrase}`),
    qtiTitle: (title, set) => `Quiz: ${set ? `${set} — ` : ''}${title}`,
    qtiDescription: (setTitle, title, author) => `${setTitle ? `${setTitle}. ` : ''}On “${title}”${author ? ` by ${author}` : ''}.`,
    giftPoints: (id, points) => `${id} is worth ${points} points: GIFT cannot carry marks, so Moodle imports it worth 1. Set its mark in the quiz (or import moodle.xml).`,
    giftPinned: (id, option) => `${id}: keep “${option}” last. GIFT cannot say so: untick "Shuffle the choices?" in this question (or import moodle.xml).`
  },

  types: {
    single: { instruction: 'Choose one answer.' },
    multiple: {
      instruction: 'Select all that apply.',
      instructs: (stem) => /\b(?:select|choose|tick|mark|circle|pick|name)\s+(?:all|every|each)\b|\ball\s+(?:that|which)\s+apply\b|\bevery\s+(?:one|answer|option)\s+that\b/i.test(stem),
      scoring: 'Each correct option you tick earns an equal share of the points and each wrong option you tick takes one share away; no question scores below 0.',
      keyScoring: (correct, points) =>
        correct === 1
          ? `Scoring: 1 correct option, which earns ${share(points, 1)} when ticked; each wrong option ticked takes ${share(points, 1)} away; the question scores at least 0.`
          : `Scoring: ${correct} correct options, so each correct option ticked earns ${share(points, correct)} and each wrong option ticked takes ${share(points, correct)} away; the question scores at least 0.`
    },
    'true-false': { instruction: 'True or false?', true: 'True', false: 'False' },
    short: {
      instruction: 'Answer in a few sentences.',
      instructs,
      gradingCell: (points) => `short answer (${several(points, 'point')}; see key)`,
      modelAnswer: 'Model answer:',
      rubric: 'Rubric'
    },
    cloze: {
      instruction: 'Fill in each numbered blank.',
      online: 'Fill in each blank.',
      bank: 'Word bank',
      scoring: 'Each blank filled correctly earns an equal share of the points.',
      keyScoring: (gaps, points) =>
        gaps === 1 ? `Scoring: 1 blank, which earns ${share(points, 1)} when filled correctly.` : `Scoring: ${gaps} blanks, each filled correctly earning ${share(points, gaps)}.`,
      accepted: (answers) => `also accepted: ${answers}`,
      unused: (words) => `In the bank but filling no blank: ${words}.`,
      arrow: (id) => `${id}: “->” in a blank's answers or feedback arrives as “→”: Moodle reads a short answer holding “->” as a matching question, and GIFT cannot escape it (import moodle.xml to keep it).`,
      asMatching: (id) => `${id} is a cloze with several blanks, which GIFT cannot hold: it arrives as a matching question, each numbered blank matched to its words (or import moodle.xml, which keeps the cloze).`,
      tooFew: (id) => `${id}: Moodle needs 3 responses or more for a matching question; add one before importing.`
    },
    matching: {
      instruction: 'Write the letter of the matching answer in each box.',
      online: 'Match each item with its answer.',
      scoring: 'Each correct match earns an equal share of the points.',
      keyScoring: (pairs, points) => `Scoring: ${pairs} matches, each correct one earning ${share(points, pairs)}.`,
      unused: (letters) => `Matching nothing: ${letters}.`,
      arrow: (id) => `${id}: “->” in a premise arrives as “→”: GIFT splits a pair at its first “->” and cannot escape it (import moodle.xml to keep it).`,
      longResponse: (id, limit) => `${id}: a response is longer than the ${limit} characters Moodle stores; shorten it before importing.`,
      tooFew: (id) => `${id}: Moodle needs 3 responses or more for a matching question; add one before importing.`
    },
    ordering: {
      instruction: 'Number the boxes in order, starting from 1.',
      online: 'Put the items in order.',
      scoring: 'Each item in its right place earns an equal share of the points.',
      keyScoring: (steps, points) => `Scoring: ${steps} items, each in its right place earning ${share(points, steps)}.`,
      position: (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`,
      asMatching: (id, format) => `${id} is an ordering question, which ${format} cannot hold: it arrives as a matching question, each item matched to its place (or import moodle.xml, which keeps it).`,
      arrow: (id) => `${id}: “->” in a step arrives as “→”: GIFT splits a pair at its first “->” and cannot escape it (import moodle.xml to keep it).`
    },
    numeric: {
      instruction: 'Write a number in the box.',
      accepted: (low, high) => `accepted: ${low} to ${high}`,
      // The answer as the class writes it: "4.2", "-12.5", "18,000"; four digits stand ungrouped
      // ("2014", not "2,014"), as a year is written.
      number: paperFigures('en-US'),
      // English sets a percent or per-mille sign close ("53%"); other units after a space ("8 years").
      measure: (figure, unit) => (/^[%‰]/.test(unit) ? `${figure}${unit}` : `${figure} ${unit}`)
    }
  }
}
