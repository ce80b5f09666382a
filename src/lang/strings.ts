// Every word classpack prints into a pack, for one UI language: headings and labels of the
// documents, sentences with numbers in them, labels of the input's enumerations, the
// grading sheet's header, and the words of each question type and export. A language is
// one module of this shape (`en.ts`), registered in `index.ts`; the compiler lists any
// string it still lacks. Sentences are functions, so that word order and plurals stay the
// language's own. Strings are plain text: views escape them for their target.
import type { AuthorPronoun } from '../article/model.js'
import type { Evidence, Kind, Relation } from '../claims/model.js'
import type { Bloom, Difficulty, Purpose } from '../questions/model.js'
import type { DownloadFormat } from '../formats.js'
import type { TypeStrings } from '../types/index.js'

/** The heading lines shared by documents about the article. */
export interface Byline {
  /** "<title>, by <author>" (or the title alone when the article names no author), under a document's heading. */
  byline: string
}

/** Words of both editions of the handout; the student edition leaves the analysis blank. */
export interface HandoutStrings extends Byline {
  aboutArticle: string
  author: string
  aboutAuthor: string
  publication: string
  published: string
  /** Before the article's URL: "Online:". */
  online: string
  lengthLabel: string
  /** "24 paragraphs, about 1234 words, about 6 minutes of reading". */
  length: string
  /** How paragraphs are numbered and claims quoted. */
  numbering: string
  readingGuide: string
  beforeReading: string
  beforeReadingText: string
  whileReading: string
  whileReadingText: string
  /** Before a section's claims in the reading guide: "key claim C4", "key claims C1, C2". */
  keyClaim: string
  keyClaims: string
  hedgingToNotice: string
  afterReading: string
  afterReadingText: string
  argument: string
  openQuote: string
  closeQuote: string
  /** Quotation marks for a quotation that holds double quotes of its own (‘…“…”…’). */
  innerOpenQuote: string
  innerCloseQuote: string
  sentence: string
  /** The teacher edition's labels of a claim's analysis: "Kind of claim:", "Asserted by:", … */
  kind: string
  assertedBy: string
  hedging: string
  none: string
  evidence: string
  actors: string
  /** A claim's one theme's label, and its label for two or more. */
  theme: string
  themes: string
  relations: string
  actorsHeading: string
  glossary: string
  asTheArticleUsesIt: string
  context: string
  contextCallout: string
  contextNote: string
  asOf: string
  /** Before where an outside fact comes from: "Source:". */
  source: string
  /** The teacher edition's mark, at its top: "Teacher edition". */
  teacherMark: string
  /** What the teacher edition adds, under its mark. */
  teacherNote: string
  teachingNote: string
  /** The student edition, above the claims: what to fill in. */
  fillIn: string
  /** The labels of the student edition's blanks for each claim. */
  blanks: { kind: string; assertedBy: string; hedging: string; evidence: string }
}

/** Words of the reading copy (the article with numbered paragraphs) and its teacher edition. */
export interface ArticleStrings {
  /** "By <author> · <publication>, <date>", or null when the front matter gives none of them. */
  credit: string | null
  /** Before the article's URL: "Online:". */
  online: string
  /** How paragraphs are numbered: "Paragraphs are numbered ¶1 to ¶21 in the margin, …". */
  numbering: string
  /** The teacher edition's mark, at its top: "Teacher edition". */
  teacherMark: string
  /** What the teacher edition marks, under its mark. */
  teacherNote: string
  /** The teacher edition's closing list of the claims. */
  claimsHeading: string
}

export interface DiscussionStrings extends Byline {
  heading: string
  facilitatorHeading: string
  /** "8 questions, about 75 minutes. Each question gives …" (student edition); "2 questions, about 10 minutes for 1 of them." when some have no `minutes`. */
  intro: string
  /** The same count, and what the facilitator edition holds. */
  facilitatorIntro: string
  purpose: string
  bloom: string
  time: string
  id: string
  followUps: string
  drawsOn: string
  goodDiscussion: string
  misreadings: string
  teachingNotes: string
  /** After a question's prompt atop a page its notes run on to: "(continued)". */
  continued: string
}

export interface QuizStrings extends Byline {
  /** "Quiz" or "Quiz, version B". */
  heading: string
  nameLabel: string
  /** The label of the line a student writes their name on. */
  fillInName: string
  idLabel: string
  versionLabel: string
  /** The labels of the lines a student writes their class and the date on. */
  fillInClass: string
  /** Before the class a roster's `group` gives, printed in that line's place: "Class:". */
  classLabel: string
  fillInDate: string
  /** "Time allowed:" and its value, "15 minutes"; null when the set gives no time. */
  timeLabel: string
  time: string | null
  /** "12 questions, 20 points. Answer every question; …". */
  intro: string
  /** "How to answer:" and what the quiz's ○ and □ ask ("Where the answers have circles ○, …"); null for a quiz of written answers. */
  howToAnswer: string
  marks: string | null
  /** The score box's label. */
  score: string
  /** The points table: the labels of its rows and its last column. */
  question: string
  pointsRow: string
  scoreRow: string
  total: string
  /** The line after the last question. */
  end: string
  /** After a question's start atop a page it runs on to (an essay's answer lines): "(continued)". */
  continued: string
}

export interface AnswerKeyStrings extends Byline {
  /** "Answer key" or "Answer key, version B". */
  heading: string
  /** "12 questions, 20 points. For each question: …". */
  intro: string
  answer: string
  seeModelAnswer: string
  /** After an entry's heading atop a page it runs on to: "(continued)". */
  continued: string
  modelAnswer: string
  rubric: string
  tests: string
  /** The answer grid before the rationale: its heading, intro and column labels. */
  grid: string
  gridIntro: string
  question: string
  answerColumn: string
  points: string
  /** The grid's cell for an answer written in words (a short answer). */
  written: string
  /** The grid's last row, the points added up: "Total". */
  total: string
  /** The dash between an option's words and why it is right or wrong, spaces around it in the template: "—", German "–". */
  dash: string
}

export interface CoverStrings extends Byline {
  idLabel: string
  /** Before the class a roster's `group` gives: "Class:". */
  classLabel: string
  fillInName: string
  /** "12 questions, 20 points." */
  intro: string
  beforeStart: string
  beforeStartNote: string
  /** The note on a cover that prints no name: write it in. */
  writeNameNote: string
}

export interface IndexStrings {
  /** "Class pack: <title>". */
  heading: string
  /** "An article by <author>, ready to teach: …" (without "by" when the article names no author). */
  intro: string
  documents: string
  /** The landing page's two lists of documents. */
  forStudents: string
  forTeachers: string
  webPage: string
  pdf: string
  downloads: string
  questions: string
  set: string
  /** Between a set's name and its title, spaced: an em dash in English, an en dash in German. */
  titleDash: string
  /** "12 quiz questions and 8 discussion questions, seed 3." */
  counts: string
  /** "Versions A, B, each with its own answer key.", or null for one version. */
  versions: string | null
  /** Before the `quiz` folder's name: "One quiz per student (30 students) in the". */
  studentsBefore: string | null
  /** After it: "folder, and a grading sheet mapping each student to a version and its answers:". */
  studentsAfter: string | null
  /** Instead, when the pack has no quiz file per student (`--format print` or exports only): the grading sheet, and where the quizzes are. */
  studentsElsewhere: string | null
  /** "They cover 20 of the 24 key claims and paragraphs ¶1–24." */
  coverage: string
  /** "Paragraphs no selected question reaches: ¶5.", or null. */
  leftOut: string | null
  notCovered: string
}

export interface UiStrings {
  /** The language's BCP 47 primary subtag: `en`. */
  lang: string
  /**
   * Dates written out as `Intl.DateTimeFormat(tag, { dateStyle: 'long' })` writes them, by
   * the tags (lower case) this catalogue writes them for ("December 1, 2026" for `en`,
   * "1 December 2026" for `en-gb`), for years 1 to 9999; month 0 is January. Written out
   * here because Intl's date data costs a build 20 ms to load (common.ts falls back to
   * Intl for any other tag).
   */
  longDates: Readonly<Record<string, (year: number, month: number, day: number) => string>>

  /** "1 point", "3 points". */
  points(n: number): string
  /** Labels of values written in the inputs, for printing. */
  bloom: Record<Bloom, string>
  difficulty: Record<Difficulty, string>
  purposes: Record<Purpose, string>
  kinds: Record<Kind, string>
  evidence: Record<Evidence, string>
  /** "supports C2", "qualifies C3", "contrasts with C4". */
  relations: { supports: string; qualifies: string; contrasts_with: string }
  /** Who asserts a claim: the author (named, when the article names one), or actors reported by the author (one, or several jointly). */
  assertedByAuthor(author: string | null): string
  assertedByActor(actors: readonly string[]): string
  /** The author when the article names none: "the author". */
  theAuthor: string
  /**
   * A quotation that holds double quotes of its own, quoted as the language nests them:
   * the marks to put around it and its text with its own marks as they go inside.
   */
  nested(text: string): { openQuote: string; closeQuote: string; text: string }
  /** Names joined as a list: "A", "A and B", "A, B and C". */
  and(names: readonly string[]): string
  /** A claim's sentences in its paragraph: "sentence 2", "sentences 2–3", "sentences 2 and 4". */
  sentences(numbers: readonly number[]): string
  /** The line on every document of a module whose claims are not all reviewed yet. */
  draft: string
  /** A section of the article before its first subhead. */
  untitledSection: string
  /** The one section of an article without subheads. */
  wholeArticle: string
  /** Paragraph ranges when there are none. */
  noParagraphs: string
  /** A verdict on an option in the answer key. */
  correct: string
  incorrect: string
  /**
   * Words that, opening an option's feedback ("Right, …", "No: …"), give a verdict of its own
   * on a right and on a wrong option: the key then adds none ("Correct. Right, …").
   */
  verdictWords: { correct: readonly string[]; incorrect: readonly string[] }

  /**
   * `reported`: whether most key claims are others' views the article reports (a news story, an
   * interview) rather than the author's own argument: the reading guide asks what it reports
   * and whose views, not what the author argues and the thesis.
   */
  handout(n: { title: string; author: string | null; pronoun: AuthorPronoun | null; paragraphs: number; words: number; minutes: number; claims: number; standfirst: boolean; notes: boolean; reported: boolean }): HandoutStrings
  /** `misreadings`: whether any question lists the misreadings to expect (only then does the facilitator's intro promise them). */
  /** `published` as written, or written out when it is a date. */
  article(n: { author: string | null; publication: string | null; published: string | null; paragraphs: number; claims: number }): ArticleStrings
  /** `minutes`: the timed questions' minutes added up (null when none is timed); `timed`: how many questions have `minutes`, so a sum that leaves some out says so. */
  discussion(n: { title: string; author: string | null; count: number; minutes: number | null; timed: number; misreadings: boolean }): DiscussionStrings
  quiz(n: { title: string; author: string | null; version: string | null; items: number; points: number; minutes: number | null; marks: { one: boolean; all: boolean; other: boolean } }): QuizStrings
  /** `options`: whether any item has options to mark (only then does the intro promise why each option is right or wrong). */
  answerKey(n: { title: string; author: string | null; version: string | null; items: number; points: number; options: boolean }): AnswerKeyStrings
  /** The heading of a question in the answer key: "Question 3". */
  keyQuestion(number: number): string
  /** The list of lint rules a teacher set aside, in the facilitator edition and the answer key. */
  setAside: {
    heading: string
    intro: string
    /** Where a rule was set aside: the module, a set, a quiz question, a discussion question. */
    module: string
    set(name: string): string
    question(id: string): string
    discussion(id: string): string
  }
  cover(n: { title: string; author: string | null; items: number; points: number; minutes: number | null }): CoverStrings
  index(n: {
    title: string
    author: string | null
    quizCount: number
    discussionCount: number
    seed: number
    versions: string | null
    students: number | null
    /** Where the students' quizzes are: the `quiz` folder, the print bundle, or nowhere (exports only). */
    studentQuizzes: 'folder' | 'print' | null
    claimsCovered: number
    claimsTotal: number
    paragraphsCovered: string
    paragraphsLeftOut: string | null
  }): IndexStrings
  /** Discussion question: "about 10 minutes". */
  aboutMinutes(minutes: number): string
  /** Discussion question: "Look back at ¶1, ¶3." */
  lookBack(cites: string): string

  /** The argument map (view/map.ts): its heading, how to read it, the words on its lines. */
  map: {
    heading: string
    /** How to read the map, printed above it. */
    intro: string
    /** Each relation's word on its lines and in the legend. */
    kinds: Record<Relation, string>
    /** The legend's entry for a claim drawn in another part of a map split between pages. */
    elsewhere: string
    /** A relation in words, for the map's text alternative: "C3 supports C2". */
    relation(from: string, kind: Relation, to: string): string
    /** The worksheet (the boxes without their relations, for students): its heading and what to do. */
    worksheetHeading: string
    worksheetIntro: string
  }

  /** Names of the pack's documents: page and PDF titles, PDF subjects, bookmarks. */
  documents: {
    /** A document's page and PDF title: "<document>: <article title>". */
    title(document: string, article: string): string
    handout: string
    handoutSubject: string
    handoutTeacher: string
    handoutTeacherSubject: string
    /** The reading copy: the article with its paragraphs numbered. */
    article: string
    articleSubject: string
    articleTeacher: string
    articleTeacherSubject: string
    discussion: string
    discussionSubject: string
    facilitator: string
    facilitatorSubject: string
    /** "Quiz", "Quiz, version B": headings, titles, cover sheets. */
    quiz(version: string | null): string
    /** "Answer key", "Answer key, version B". */
    answerKey(version: string | null): string
    /** A student's quiz: "Quiz for <name>", and its PDF subject. */
    studentQuiz(name: string): string
    studentSubject(version: string | null, name: string): string
    printBundle: string
    printSubject: string
    /** A version's blank quiz in the print bundle, and a version's mark in running headers: "Version B". */
    version(id: string): string
    /** Whose a student's quiz is, on every page: "Seán O'Brien · Version A" (the name alone without versions). */
    student(name: string, version: string | null): string
    /** The mark on every page of an answer key: "Answer key — teacher edition". */
    keyMark: string
    /** The mark on every page of a teacher edition (reading copy, handout). */
    teacherMark: string
    /** The mark on every page of a teacher's edition: "Facilitator edition". */
    facilitatorMark: string
    /** Before any other mark, on every page while a claim is still only suggested: "Draft". */
    draftMark: string
    /** A draft mark and a document's own: "Draft · Answer key — teacher edition". */
    marks(draft: string, mark: string): string
    index: string
  }

  /** The names of a web page's landmarks, for screen readers. */
  landmarks: {
    /** The running header (banner). */
    header: string
    /** The list of the document's sections (navigation). */
    contents: string
  }

  /** What the PDF backend prints itself. */
  pdf: {
    /** The footer: "Page 1 of 4". */
    page(n: number, total: number): string
    /** The print bundle's filler pages. */
    blank: string
  }

  /** The landing page's line for each file an export writes. */
  downloads: Record<DownloadFormat, string>

  /** grading.csv's header and cells. */
  grading: { name: string; id: string; group: string; version: string; file: string; question(n: number): string }

  /** What the exports add around an item. */
  exports: {
    /**
     * The claims an item tests, for its general feedback, a line (paragraph) each: "Tests C3 (¶3): <paraphrase>".
     * A language may head several with a line of their own, as German does ("Geprüfte Aussagen:").
     */
    tests(claims: ReadonlyArray<{ label: string; paragraph: number; paraphrase: string }>): string[]
    /** The quiz's title in Canvas and QTI 2.1: "Quiz: <set> — <article title>", or "Quiz: <article title>" for a module without sets. */
    qtiTitle(title: string, set: string | null): string
    /** The Canvas quiz's description: "<set title>. On “<title>” by <author>." */
    qtiDescription(setTitle: string | null, title: string, author: string | null): string
    /** A GIFT comment above an item worth other than 1 point, which GIFT cannot say. */
    giftPoints(id: string, points: number): string
    /** A GIFT comment above an item with an option to keep last, which GIFT cannot say. */
    giftPinned(id: string, option: string): string
  }

  /** Each question type's own words (see src/types/). */
  types: TypeStrings
}
