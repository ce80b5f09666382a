// German: every word classpack prints into a pack (see strings.ts for what each is).
//
// Address: neither "du" nor "Sie". Instructions take the infinitive that German worksheets
// and exam papers use ("Eine Antwort wählen.", "Alle Aufgaben bearbeiten."), so one catalogue
// serves a Year 7 class and a seminar alike; where a person must be named, the wording is
// gender-neutral ("Verfasst von", "Lernende", "Gesprächsleitung"). Quotation marks are
// German („…“), numbers take a decimal comma and a thousands point ("0,5 Punkte", "1.234").
// A test's questions are "Aufgaben" wherever the quiz, its key, cover and grading sheet count or
// name them, as its points table does ("Aufgabe 1"); discussion questions are "Fragen", and so
// are Moodle's ("Fragensammlung"), named as Moodle names them.
import { paperFigures, ranged, roughly } from './figures.js'
import { pairQuotes } from './marks.js'
import type { UiStrings } from './strings.js'

// Made on first use: German number data costs a `check` of an English module ~30 ms to load.
let numbers: Intl.NumberFormat | undefined
const num = (n: number): string => (numbers ??= new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 })).format(n)
/** "1 Punkt", "0,5 Punkte", "20 Punkte". */
const punkte = (n: number): string => `${num(n)} ${n === 1 ? 'Punkt' : 'Punkte'}`
/** "1 Aufgabe", "12 Aufgaben". */
const count = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`
// The article's title in „…“, a quotation inside it in ‚…‘.
const quoted = (title: string): string => `„${title.replace(/„/g, '‚').replace(/[“”]/g, '‘')}“`
const byline = (title: string, author: string | null): string => (author ? `${quoted(title)} von ${author}` : quoted(title))
// "A", "A und B", "A, B und C" (no comma before "und", as German writes it).
const and = (names: readonly string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`)
const versioned = (name: string, version: string | null): string => (version ? `${name}, Version ${version}` : name)
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
/** How to mark answers: the circles ○ (one answer) and boxes □ (all that apply) a quiz has. */
function marks(has: { one: boolean; all: boolean }): string | null {
  if (has.one && has.all) return '○ bei einer Antwort den Kreis ausfüllen; □ jedes zutreffende Kästchen ankreuzen.'
  if (has.one) return 'den Kreis ○ der einen richtigen Antwort ausfüllen.'
  if (has.all) return 'das Kästchen □ jeder zutreffenden Antwort ankreuzen.'
  return null
}
/** `points` shared `k` ways: "1 Punkt", "0,5 Punkte", "2/3 Punkt", "4/3 Punkte". */
function share(points: number, k: number): string {
  const value = points / k
  if (Number.isInteger(value * 100)) return punkte(value)
  const d = gcd(points, k)
  return `${points / d}/${k / d} ${value < 1 ? 'Punkt' : 'Punkte'}`
}

// Whether a stem already says how to answer in writing (types.short.instructs), as German
// worksheets say it: "in zwei bis drei Sätzen", "in einem Satz", "mit eigenen Worten"; an
// instructing verb in the infinitive closing a sentence ("In zwei Sätzen erläutern.") or
// opening one ("Begründen, warum …"); addressed, "Erläutern Sie", "Erläutere". Not the
// infinitive elsewhere, which is also the third person plural ("Wie begründen die Stadtwerke …?").
const VERBEN = ['erläutern', 'begründen', 'beantworten', 'erklären', 'beschreiben', 'darlegen', 'darstellen', 'zusammenfassen', 'ausführen', 'nennen']
const IMPERATIVE = ['erläutere', 'erläutre', 'begründe', 'beantworte', 'erkläre', 'beschreibe', 'nenne']
const verben = VERBEN.join('|')
const ANWEISUNGEN: readonly RegExp[] = [
  /(?<!\p{L})in\s+(?:(?:einem|zwei|drei|vier|fünf|sechs|wenigen|einigen|mehreren|kurzen|ganzen|vollständigen|eigenen|\d+(?:\s*[–-]\s*\d+)?|bis|oder)\s+)+(?:satz|sätzen|worten)(?!\p{L})/iu,
  /(?<!\p{L})mit\s+(?:\p{L}+\s+)?eigenen\s+worten(?!\p{L})/iu,
  new RegExp(`(?<!\\p{L})(?:${verben})\\s*(?:[.!]|$)`, 'iu'),
  new RegExp(`(?:^|[.!?:;]\\s+)(?:kurz\\s+|knapp\\s+)?(?:${verben})\\s*[,:]`, 'iu'),
  // "Sie" capitalised: "erklären sie" is "they explain".
  new RegExp(`(?<!\\p{L})(?:${VERBEN.map((v) => `[${v[0]!.toUpperCase()}${v[0]}]${v.slice(1)}`).join('|')})\\s+Sie(?!\\p{L})`, 'u'),
  new RegExp(`(?<!\\p{L})(?:${IMPERATIVE.join('|')})(?!\\p{L})`, 'iu')
]
const anweisend = (stem: string): boolean => ANWEISUNGEN.some((r) => r.test(stem))

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
/** "1. Dezember 2026". */
const datum = (year: number, month: number, day: number): string => `${day}. ${MONATE[month]} ${year}`

export const de: UiStrings = {
  lang: 'de',
  // Not de-AT, whose January is "Jänner".
  longDates: { de: datum, 'de-de': datum, 'de-ch': datum, 'de-lu': datum },

  points: punkte,
  bloom: { remember: 'Erinnern', understand: 'Verstehen', apply: 'Anwenden', analyse: 'Analysieren', evaluate: 'Bewerten', create: 'Erschaffen' },
  difficulty: { easy: 'leicht', medium: 'mittel', hard: 'schwer' },
  purposes: {
    comprehension: 'Textverständnis',
    steelman: 'das Argument in seiner stärksten Form darstellen',
    'weigh-the-evidence': 'Belege abwägen',
    counterfactual: 'kontrafaktisch denken',
    'apply-to-another-case': 'auf einen anderen Fall übertragen',
    'compare-perspectives': 'Perspektiven vergleichen',
    'evaluate-the-argument': 'das Argument bewerten',
    'close-reading': 'genaues Lesen',
    produce: 'mit dem Argument etwas gestalten'
  },
  kinds: { empirical: 'empirisch', causal: 'kausal', predictive: 'prognostisch', normative: 'normativ', interpretive: 'interpretierend' },
  evidence: {
    none: 'keine angeführt',
    'reported-statement': 'eine wiedergegebene Äußerung',
    event: 'ein geschildertes Ereignis',
    example: 'ein Beispiel oder Vergleich',
    reasoning: 'Folgerung aus anderen Aussagen'
  },
  relations: { supports: 'stützt', qualifies: 'relativiert', contrasts_with: 'steht im Gegensatz zu' },
  assertedByAuthor: (author) => (author ? `${author}, im eigenen Namen` : 'die Autorin oder der Autor, im eigenen Namen'),
  assertedByActor: (actors) => `${and(actors)}, im Text wiedergegeben`,
  theAuthor: 'die Autorin oder der Autor',
  // German nests „… ‚…‘ …“: the outer marks stay „…“ and the quotation's own become ‚…‘.
  // Set the other way round (‚„…“‘), it read as ",,„" in print.
  nested: (text) => ({ openQuote: '„', closeQuote: '“', text: innerMarks(text) }),
  and: (names) => and(names),
  sentences: (ns) => (ns.length === 1 ? `Satz\u00a0${ns[0]}` : `Sätze\u00a0${ranged(ns, and)}`),
  draft: 'Entwurf – Aussagen noch nicht geprüft',
  // The reading guide adds the section's paragraphs in brackets: no brackets of its own before them.
  untitledSection: 'Einstieg, ohne Zwischenüberschrift',
  wholeArticle: 'Der ganze Text',
  noParagraphs: 'keine',
  // Not „Richtig“ and „Falsch“, which are a true/false item's options: „A. Falsch.“ beside
  // an option A „Richtig“ read as a contradiction.
  correct: 'Richtige Antwort',
  incorrect: 'Falsche Antwort',
  verdictWords: { correct: ['Richtig', 'Stimmt', 'Ja', 'Korrekt'], incorrect: ['Falsch', 'Nein'] },

  handout: (n) => ({
    byline: byline(n.title, n.author),
    aboutArticle: 'Zum Text',
    author: 'Verfasst von:',
    aboutAuthor: 'Zur Person:',
    publication: 'Erschienen in:',
    published: 'Erscheinungsdatum:',
    online: 'Online:',
    lengthLabel: 'Umfang:',
    length: `${count(n.paragraphs, 'Absatz', 'Absätze')}, etwa ${count(roughly(n.words), 'Wort', 'Wörter')}, etwa ${count(n.minutes, 'Minute', 'Minuten')} Lesezeit`,
    numbering: `Die Absätze sind in Lesereihenfolge von ¶1 bis ¶${n.paragraphs} nummeriert, wie am Rand der Lesefassung (Zwischenüberschriften zählen nicht mit). ${n.claims === 1 ? 'Die Kernaussage unten zitiert' : `Jede der ${num(n.claims)} Kernaussagen unten zitiert`} den Wortlaut des Textes und nennt den Absatz (¶), in dem er steht.`,
    readingGuide: 'Leseanleitung',
    beforeReading: 'Vor dem Lesen.',
    beforeReadingText: `${n.standfirst ? 'Titel und Vorspann' : 'Den Titel'} lesen. ${n.reported ? 'Worüber berichtet der Text vermutlich, und wessen Sicht kommt zu Wort?' : 'Welche Position vertritt der Text vermutlich, und zu welchem Thema?'}`,
    whileReading: 'Beim Lesen.',
    whileReadingText: 'Den Text Abschnitt für Abschnitt erschließen. Bei jeder Aussage festhalten, wer spricht (der Text selbst oder jemand, dessen Sicht er wiedergibt) und wie entschieden sie formuliert ist.',
    keyClaim: 'Kernaussage',
    keyClaims: 'Kernaussagen',
    hedgingToNotice: 'Abschwächungen beachten:',
    afterReading: 'Nach dem Lesen.',
    afterReadingText: n.reported
      ? 'In einem Satz festhalten, worüber der Text berichtet; dann die Sichtweisen auflisten, die er wiedergibt: wer sie jeweils vertritt und welche Belege der Text dafür anführt.'
      : 'Die These des Textes in einem Satz formulieren, dann die Gründe dafür auflisten und zu jedem Grund die Belege, die der Text anführt.',
    argument: 'Die Argumentation: Kernaussagen',
    openQuote: '„',
    closeQuote: '“',
    innerOpenQuote: '‚',
    innerCloseQuote: '‘',
    sentence: 'Satz',
    kind: 'Art der Aussage:',
    assertedBy: 'Wer sagt es:',
    hedging: 'Abschwächung:',
    none: 'keine',
    evidence: 'Belege im Text:',
    actors: 'Beteiligte:',
    theme: 'Thema:',
    themes: 'Themen:',
    relations: 'Beziehungen:',
    actorsHeading: 'Beteiligte',
    glossary: 'Glossar',
    asTheArticleUsesIt: '(im Sinne des Textes)',
    context: 'Hintergrundinformationen (nicht aus dem Text)',
    contextCallout: 'Von der Lehrkraft ergänzt, nicht aus dem Text',
    contextNote: 'Diese Hinweise liefern Fakten, die im Text nicht stehen. Jeder ist datiert und der Aussage zugeordnet, zu deren Verständnis er beiträgt.',
    asOf: 'Stand:',
    source: 'Quelle:',
    teacherMark: 'Ausgabe für Lehrkräfte',
    teacherNote: `Was die Lernenden auf ihrem Handout erarbeiten, ausgefüllt: zu jeder Kernaussage ihre Art, wer sie vertritt, ihre Abschwächungen und die Belege, die der Text anführt${n.notes ? '; dazu Unterrichtshinweise' : ''}.`,
    teachingNote: 'Unterrichtshinweis',
    fillIn: 'Zu jeder Aussage die Felder anhand des Textes ausfüllen: welche Art von Aussage es ist, wer sie vertritt (der Text selbst oder jemand, dessen Sicht er wiedergibt), welche Wörter sie abschwächen (oder keine) und welche Belege der Text für sie anführt.',
    blanks: { kind: 'Art der Aussage', assertedBy: 'Wer sagt es', hedging: 'Abschwächung', evidence: 'Belege im Text' }
  }),

  article: (n) => {
    const where = [n.publication, n.published].filter(Boolean).join(', ')
    const credit = [n.author ? `Von ${n.author}` : '', where].filter(Boolean).join(' · ')
    return {
      credit: credit || null,
      online: 'Online:',
      numbering: `Die Absätze sind am Rand mit ¶1–¶${n.paragraphs} nummeriert, so wie alle Dokumente dieses Pakets sie zitieren; Zwischenüberschriften zählen nicht mit.`,
      teacherMark: 'Ausgabe für Lehrkräfte',
      teacherNote: `${n.claims === 1 ? 'Die Kernaussage ist' : `Jede der ${num(n.claims)} Kernaussagen ist`} im Text markiert und mit ihrer Kennung (${n.claims === 1 ? 'C1' : 'C1, C2, …'}) versehen, unter der sie auch in Handout, Diskussionsfragen und Lösungsschlüssel erscheint.`,
      claimsHeading: 'Die Kernaussagen'
    }
  },

  discussion: (n) => {
    // Minuten nur für einige Fragen gelten für diese, nicht für das ganze Gespräch.
    const part = n.timed < n.count ? ` für ${num(n.timed)} davon` : ''
    const size = `${count(n.count, 'Frage', 'Fragen')}${n.minutes ? `, etwa ${count(n.minutes, 'Minute', 'Minuten')}${part}` : ''}.`
    return {
      byline: byline(n.title, n.author),
      heading: 'Diskussionsfragen',
      facilitatorHeading: 'Diskussionsfragen: Ausgabe für die Gesprächsleitung',
      intro: `${size} Zu jeder Frage sind die Absätze (¶) angegeben, die noch einmal zu lesen sind.`,
      // Der Relativsatz „auf die sie sich stützt“ endet mit einem Komma, auch vor „und“.
      facilitatorIntro: `${size} Zu jeder Frage: der Impuls, den die Lernenden sehen, Anschlussfragen, die Aussagen, auf die sie sich stützt${n.misreadings ? ', was ein gutes Gespräch abdeckt und welche Fehldeutungen zu erwarten sind' : ', und was ein gutes Gespräch abdeckt'}.`,
      purpose: 'Ziel:',
      bloom: 'Bloom-Stufe:',
      time: 'Zeit:',
      id: 'Kennung:',
      followUps: 'Anschlussfragen',
      drawsOn: 'Stützt sich auf',
      goodDiscussion: 'Was ein gutes Gespräch abdeckt',
      misreadings: 'Naheliegende Fehldeutungen',
      teachingNotes: 'Unterrichtshinweise zu den Aussagen',
      continued: '(Fortsetzung)'
    }
  },

  quiz: (n) => ({
    byline: byline(n.title, n.author),
    heading: versioned('Test', n.version),
    nameLabel: 'Name:',
    fillInName: 'Name',
    idLabel: 'Nr.:',
    versionLabel: 'Version:',
    fillInClass: 'Klasse',
    classLabel: 'Klasse:',
    fillInDate: 'Datum',
    timeLabel: 'Bearbeitungszeit:',
    time: n.minutes === null ? null : count(n.minutes, 'Minute', 'Minuten'),
    intro: `${count(n.items, 'Aufgabe', 'Aufgaben')}, ${punkte(n.points)}. Alle Aufgaben bearbeiten; die Punkte stehen jeweils in Klammern.`,
    // Neben Aufgaben mit Schreiblinien, Lücken oder Zuordnungen (jede sagt, wie) gilt die Zeile nur den Auswahlaufgaben.
    howToAnswer: n.marks.other ? 'Auswahlaufgaben:' : 'Antworten markieren:',
    marks: marks(n.marks),
    score: 'Punkte',
    question: 'Aufgabe',
    pointsRow: 'Punkte',
    scoreRow: 'Erreicht',
    total: 'Gesamt',
    end: 'Ende des Tests',
    continued: '(Fortsetzung)'
  }),

  answerKey: (n) => ({
    byline: byline(n.title, n.author),
    heading: versioned('Lösungsschlüssel', n.version),
    // Warum jede Option richtig oder falsch ist, only where there are options: a key of short answers has none.
    intro: `${count(n.items, 'Aufgabe', 'Aufgaben')}, ${punkte(n.points)}. Zu jeder Aufgabe: die Lösung${n.options ? ', warum jede Option richtig oder falsch ist,' : ''} und welche Aussage in welchem Absatz (¶) sie prüft.`,
    answer: 'Lösung:',
    seeModelAnswer: 'siehe Musterantwort',
    continued: '(Fortsetzung)',
    modelAnswer: 'Musterantwort.',
    rubric: 'Bewertungsraster',
    tests: 'Geprüfte Aussagen',
    grid: 'Lösungen auf einen Blick',
    gridIntro: 'Die Lösung jeder Aufgabe und ihre Punkte, zum Korrigieren; die Begründungen folgen Aufgabe für Aufgabe.',
    question: 'Aufgabe',
    answerColumn: 'Lösung',
    points: 'Punkte',
    // An answer in the student's own words: "schriftlich" said nothing, every answer is written.
    written: 'offene Antwort (siehe Musterantwort)',
    total: 'Gesamt',
    dash: '–'
  }),
  keyQuestion: (number) => `Aufgabe ${number}`,
  setAside: {
    heading: 'Ausgesetzte Prüfregeln',
    intro: 'classpack prüft jede Aufgabe nach Regeln für faire Testaufgaben, die Hinweise suchen, mit denen sich ohne Lesen antworten ließe. Diese Regeln wurden für dieses Paket ausgesetzt, mit den angegebenen Gründen:',
    module: 'ganzes Modul',
    set: (name) => `Aufgabenset ${name}`,
    question: (id) => `Aufgabe ${id}`,
    discussion: (id) => `Diskussionsfrage ${id}`
  },

  cover: (n) => ({
    byline: byline(n.title, n.author),
    idLabel: 'Nr.:',
    classLabel: 'Klasse:',
    fillInName: 'Name',
    intro: `${count(n.items, 'Aufgabe', 'Aufgaben')}, ${punkte(n.points)}${n.minutes === null ? '' : `, ${count(n.minutes, 'Minute', 'Minuten')}`}.`,
    beforeStart: 'Vor Beginn',
    beforeStartNote: 'Prüfen, ob auf diesem Blatt der eigene Name steht. Erst auf ein Zeichen hin umblättern.',
    writeNameNote: 'Oben den eigenen Namen eintragen. Erst auf ein Zeichen hin umblättern.'
  }),

  index: (n) => ({
    heading: `Unterrichtspaket: ${n.title}`,
    intro: `${n.author ? `Ein Text von ${n.author}` : 'Der Text'}, fertig für den Unterricht: Lesefassung, Handout, ${n.discussionCount ? 'Diskussionsfragen, ' : ''}Tests und Lösungsschlüssel.`,
    documents: 'Dokumente',
    forStudents: 'Für die Lernenden',
    forTeachers: 'Für die Lehrkraft',
    webPage: 'Webseite',
    pdf: 'PDF',
    downloads: 'Für die Lernplattform',
    questions: 'Fragen in diesem Paket',
    set: 'Aufgabenset',
    // German sets a spaced en dash where English sets an em dash.
    titleDash: '–',
    counts: `${count(n.quizCount, 'Testaufgabe', 'Testaufgaben')} und ${count(n.discussionCount, 'Diskussionsfrage', 'Diskussionsfragen')}, Startwert ${n.seed}.`,
    versions: n.versions ? `Versionen ${n.versions}, jede mit eigenem Lösungsschlüssel.` : null,
    studentsBefore: n.students ? `Ein eigener Test für jede und jeden der ${num(n.students)} Lernenden im Ordner` : null,
    studentsAfter: n.students ? 'und ein Bewertungsbogen, der jeder Person ihre Version und deren Lösungen zuordnet:' : null,
    studentsElsewhere: n.students
      ? `${n.studentQuizzes === 'print' ? `Ein eigener Test für jede und jeden der ${num(n.students)} Lernenden in der Druckmappe und ein Bewertungsbogen` : `Ein Bewertungsbogen für die ${num(n.students)} Lernenden`}, der jeder Person ihre Version und deren Lösungen zuordnet:`
      : null,
    coverage: `Die Fragen decken ${n.claimsTotal === 1 && n.claimsCovered === 1 ? 'die Kernaussage' : `${num(n.claimsCovered)} der ${num(n.claimsTotal)} Kernaussagen`} und die Absätze ${n.paragraphsCovered} ab.`,
    leftOut: n.paragraphsLeftOut ? `Absätze, die keine ausgewählte Frage erreicht: ${n.paragraphsLeftOut}.` : null,
    notCovered: 'von diesem Aufgabenset nicht abgedeckt'
  }),
  aboutMinutes: (minutes) => `etwa ${count(minutes, 'Minute', 'Minuten')}`,
  lookBack: (cites) => `Noch einmal nachlesen: ${cites}.`,

  map: {
    heading: 'Argumentationskarte',
    intro:
      'Jedes Kästchen ist eine Kernaussage: ihre Kennung, ihr Absatz (¶) und ein paar Stichworte. Jede Linie ist eine Beziehung zwischen zwei Aussagen und trägt ihren Namen: Ein durchgezogener Pfeil führt von einer Aussage zu der Aussage, die von ihr gestützt wird, ein gestrichelter zu der, die von ihr relativiert wird, und eine strichpunktierte Linie mit Spitzen an beiden Enden verbindet zwei Aussagen, die einander gegenüberstehen. Ist die Karte in Teile gegliedert, steht ein gestricheltes Kästchen für eine Aussage aus einem anderen Teil.',
    kinds: { supports: 'stützt', qualifies: 'relativiert', contrasts_with: 'Gegensatz' },
    elsewhere: 'Aussage aus einem anderen Teil der Karte',
    relation: (from, kind, to) => `${from} ${{ supports: 'stützt', qualifies: 'relativiert', contrasts_with: 'steht im Gegensatz zu' }[kind]} ${to}`,
    worksheetHeading: 'Die Argumentation als Karte',
    worksheetIntro:
      'Jedes Kästchen ist eine Kernaussage des Textes, mit ihrem Absatz (¶). Die Beziehungen zwischen ihnen einzeichnen und jede auf ihrer Linie benennen: ein durchgezogener Pfeil führt von einer Aussage zu der, die von ihr gestützt wird, ein gestrichelter zu der, die von ihr relativiert wird, und eine strichpunktierte Linie mit Spitzen an beiden Enden verbindet zwei Aussagen, die einander gegenüberstehen.'
  },

  documents: {
    title: (document, article) => `${document}: ${article}`,
    handout: 'Handout',
    handoutSubject: 'Handout: der Text, seine Kernaussagen zur Analyse, Beteiligte, Glossar und Hintergrund',
    handoutTeacher: 'Handout, Ausgabe für Lehrkräfte',
    handoutTeacherSubject: 'Handout mit ausgefüllter Analyse und Unterrichtshinweisen',
    article: 'Lesefassung',
    articleSubject: 'Der Text mit nummerierten Absätzen',
    articleTeacher: 'Lesefassung, Ausgabe für Lehrkräfte',
    articleTeacherSubject: 'Der Text mit nummerierten Absätzen, jede Kernaussage an ihrer Stelle markiert',
    discussion: 'Diskussionsfragen',
    discussionSubject: 'Diskussionsfragen (Ausgabe für Lernende)',
    facilitator: 'Diskussionsfragen, Ausgabe für die Gesprächsleitung',
    facilitatorSubject: 'Diskussionsfragen mit Hinweisen für die Gesprächsleitung',
    quiz: (version) => versioned('Test', version),
    answerKey: (version) => versioned('Lösungsschlüssel', version),
    studentQuiz: (name) => `Test für ${name}`,
    studentSubject: (version, name) => `${versioned('Test', version)}, für ${name}`,
    printBundle: 'Druckmappe',
    printSubject: 'Tests für den beidseitigen Druck, jeder auf einem neuen Blatt',
    version: (id) => `Version ${id}`,
    student: (name, version) => (version ? `${name} · Version ${version}` : name),
    // The same words as every teacher edition's mark.
    keyMark: 'Lösungsschlüssel – Ausgabe für Lehrkräfte',
    teacherMark: 'Ausgabe für Lehrkräfte',
    facilitatorMark: 'Ausgabe für die Gesprächsleitung',
    draftMark: 'Entwurf',
    marks: (draft, mark) => `${draft} · ${mark}`,
    index: 'Unterrichtspaket'
  },

  landmarks: { header: 'Seitenkopf', contents: 'Inhalt' },

  pdf: {
    page: (n, total) => `Seite ${n} von ${total}`,
    blank: 'Diese Seite wurde absichtlich leer gelassen.'
  },

  downloads: {
    moodle: 'Moodle-XML (Fragensammlung › Import › Moodle-XML-Format)',
    gift: 'GIFT (Fragensammlung › Import › GIFT-Format)',
    qti: 'Canvas-Paket im Format QTI 1.2 (Einstellungen › Kursinhalte importieren › QTI-ZIP-Datei)',
    qti21: 'Paket im Format QTI 2.1 für Blackboard, Brightspace und Canvas (Import in eine Fragensammlung oder einen Kurs)'
  },

  // A question's column: "Aufgabe 1", as the quiz names it (not "A1", which reads as version A's or option A's).
  grading: { name: 'Name', id: 'Nr.', group: 'Gruppe', version: 'Version', file: 'Datei', question: (n) => `Aufgabe ${n}` },

  exports: {
    // One claim on its line ("Geprüfte Aussage C2 (¶2): …"); several under a line of their own, as the key lists them.
    tests: (claims) =>
      claims.length === 1
        ? claims.map((c) => `Geprüfte Aussage ${c.label} (¶${c.paragraph}): ${c.paraphrase}`)
        : [...(claims.length ? ['Geprüfte Aussagen:'] : []), ...claims.map((c) => `${c.label} (¶${c.paragraph}): ${c.paraphrase}`)],
    qtiTitle: (title, set) => `Test: ${set ? `${set} – ` : ''}${title}`,
    qtiDescription: (setTitle, title, author) => `${setTitle ? `${setTitle}. ` : ''}Zu „${title}“${author ? ` von ${author}` : ''}.`,
    giftPoints: (id, points) => `${id} ist ${punkte(points)} wert: GIFT kann keine Punktzahlen mitgeben, daher importiert Moodle die Frage mit 1 Punkt. Die Punktzahl im Test anpassen (oder moodle.xml importieren).`,
    giftPinned: (id, option) => `${id}: „${option}“ an letzter Stelle lassen. GIFT kann das nicht ausdrücken: in dieser Frage „Antworten mischen?“ abwählen (oder moodle.xml importieren).`
  },

  types: {
    single: { instruction: 'Eine Antwort wählen.' },
    multiple: {
      instruction: 'Alle zutreffenden Antworten wählen.',
      instructs: (stem) => /\balle\s+(?:zutreffenden|richtigen|passenden)\b|\bjede\s+(?:zutreffende|richtige|passende)\b|\bmehrere\s+(?:Antworten|sind\s+richtig)\b/i.test(stem),
      // A teacher's words: a tick is "ein Kreuz", a right one earns, a wrong one "kostet".
      scoring: 'Jedes richtige Kreuz bringt den gleichen Anteil der Punkte, jedes falsche kostet einen Anteil; keine Aufgabe wird mit weniger als 0 Punkten bewertet.',
      keyScoring: (correct, points) =>
        correct === 1
          ? `Bewertung: 1 richtige Antwort; das richtige Kreuz bringt ${share(points, 1)}, jedes falsche kostet ${share(points, 1)}; mindestens 0 Punkte.`
          : `Bewertung: ${num(correct)} richtige Antworten; jedes richtige Kreuz bringt ${share(points, correct)}, jedes falsche kostet ${share(points, correct)}; mindestens 0 Punkte.`
    },
    'true-false': { instruction: 'Richtig oder falsch?', true: 'Richtig', false: 'Falsch' },
    short: {
      instruction: 'In wenigen Sätzen beantworten.',
      instructs: anweisend,
      gradingCell: (points) => `Kurzantwort (${punkte(points)}; siehe Lösungsschlüssel)`,
      modelAnswer: 'Musterantwort:',
      rubric: 'Bewertungsraster'
    },
    cloze: {
      instruction: 'Jede nummerierte Lücke füllen.',
      online: 'Jede Lücke füllen.',
      bank: 'Wortspeicher',
      scoring: 'Jede richtig gefüllte Lücke bringt den gleichen Anteil der Punkte.',
      keyScoring: (gaps, points) => `Bewertung: ${count(gaps, 'Lücke', 'Lücken')}, jede richtig gefüllte bringt ${share(points, gaps)}.`,
      accepted: (answers) => `ebenfalls richtig: ${answers}`,
      unused: (words) => `Im Wortspeicher, aber in keiner Lücke: ${words}.`,
      arrow: (id) => `${id}: „->“ in den Antworten oder der Rückmeldung einer Lücke kommt als „→“ an: Moodle liest eine Kurzantwort mit „->“ als Zuordnungsfrage, und GIFT kann es nicht schützen (moodle.xml importieren, um es zu behalten).`,
      asMatching: (id) => `${id} ist ein Lückentext mit mehreren Lücken, den GIFT nicht abbilden kann: Er kommt als Zuordnungsfrage an, jede nummerierte Lücke ihren Wörtern zugeordnet (oder moodle.xml importieren, das den Lückentext erhält).`,
      tooFew: (id) => `${id}: Moodle braucht für eine Zuordnungsfrage mindestens 3 Antworten; vor dem Import eine ergänzen.`
    },
    matching: {
      instruction: 'In jedes Kästchen den Buchstaben der passenden Antwort schreiben.',
      online: 'Jedem Element die passende Antwort zuordnen.',
      scoring: 'Jede richtige Zuordnung bringt den gleichen Anteil der Punkte.',
      keyScoring: (pairs, points) => `Bewertung: ${count(pairs, 'Zuordnung', 'Zuordnungen')}, jede richtige bringt ${share(points, pairs)}.`,
      unused: (letters) => `Ohne Zuordnung: ${letters}.`,
      arrow: (id) => `${id}: „->“ in einem Element kommt als „→“ an: GIFT trennt ein Paar am ersten „->“ und kann es nicht schützen (moodle.xml importieren, um es zu behalten).`,
      longResponse: (id, limit) => `${id}: Eine Antwort ist länger als die ${limit} Zeichen, die Moodle speichert; vor dem Import kürzen.`,
      tooFew: (id) => `${id}: Moodle braucht für eine Zuordnungsfrage mindestens 3 Antworten; vor dem Import eine ergänzen.`
    },
    ordering: {
      instruction: 'Die Kästchen der Reihe nach nummerieren, beginnend mit 1.',
      online: 'Die Elemente in die richtige Reihenfolge bringen.',
      scoring: 'Jedes Element an der richtigen Stelle bringt den gleichen Anteil der Punkte.',
      keyScoring: (steps, points) => `Bewertung: ${count(steps, 'Element', 'Elemente')}, jedes an der richtigen Stelle bringt ${share(points, steps)}.`,
      position: (n) => `${n}.`,
      asMatching: (id, format) => `${id} ist eine Reihenfolgefrage, die ${format} nicht abbilden kann: Sie kommt als Zuordnungsfrage an, jedes Element seinem Platz zugeordnet (oder moodle.xml importieren, das sie erhält).`,
      arrow: (id) => `${id}: „->“ in einem Schritt kommt als „→“ an: GIFT trennt ein Paar am ersten „->“ und kann es nicht schützen (moodle.xml importieren, um es zu behalten).`
    },
    numeric: {
      instruction: 'Eine Zahl in das Kästchen schreiben.',
      accepted: (low, high) => `richtig: ${low} bis ${high}`,
      // The answer as the class writes it: "4,2", "-12,5", "11.000" (not rounded to two places as
      // points are); four digits stand ungrouped ("2014", not "2.014"), as a year is written.
      number: paperFigures('de-DE')
    }
  }
}

/**
 * The double quotes of a quotation as the single ones that go inside German quotes: each
 * opening mark as `‚`, each closing one as `‘`. `„` opens and `”` closes; `“` and `"` close
 * what is open, and otherwise open where a mark follows (English style, “…”) or close where
 * none does (a quote that starts inside a quotation, „… as the article has it). Matching
 * takes any style of quotes as the same, so the quote still anchors.
 */
function innerMarks(text: string): string {
  return pairQuotes(text, /[„“”"]/g, { opening: '„', closing: '”', open: '‚', close: '‘' })
}
