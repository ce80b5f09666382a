// The view model of each template: the fields a template may use, as the README's table
// lists them. A teacher's template is checked against them before anything is filled
// (problems.ts), so every unknown field of every template is reported at once, in branches
// a build takes or not, with the field meant. tests/template-errors.test.ts compares them
// with the views the pack is filled with (src/view/, pack/plan.ts, pack/document.ts): a
// field added to a view goes here too.

/** The shape of a value in a view: a single value (text, a number, yes or no, or null), a list, or fields. */
export type Shape = { kind: 'value' } | { kind: 'list'; of: Shape } | { kind: 'fields'; fields: ReadonlyMap<string, Shape> }

/**
 * Fields written as in the README: `name` a single value, `name{…}` fields, `name[…]` a list
 * of entries with those fields, `name[]` a list of single values.
 */
type Notation = string

const HEADER = 'header{moduleTitle author course institution teacher date setTitle draft}'
const ARTICLE_DETAILS = 'title standfirst author authorBio publication published url paragraphCount'
const ARTICLE_STRINGS = 'strings{credit online numbering teacherMark teacherNote claimsHeading}'
const HANDOUT_STRINGS =
  'strings{byline aboutArticle author aboutAuthor publication published online lengthLabel length numbering readingGuide beforeReading beforeReadingText whileReading whileReadingText keyClaim keyClaims hedgingToNotice afterReading afterReadingText argument openQuote closeQuote innerOpenQuote innerCloseQuote sentence kind assertedBy hedging none evidence actors theme themes relations actorsHeading glossary asTheArticleUsesIt context contextCallout contextNote asOf source teacherMark teacherNote teachingNote fillIn blanks{kind assertedBy hedging evidence}}'
// The student edition's map is the worksheet's: its claims without their relations.
const WORKSHEET = 'heading intro worksheetHeading worksheetIntro kinds[kind word] claims[id label paragraph section gist]'
const MAP = `map{${WORKSHEET} relations[from to kind sentence]}`
const HANDOUT_LISTS = 'actors[name role] glossary[term definition fromArticle reference] context[claimLabel paragraph note asOf source]'
const HANDOUT_CLAIM = 'label id paraphrase quote openQuote closeQuote paragraph sentences themes themesLabel'
const SET_ASIDE = 'setAside{heading intro rules[rule where reason]}'
const DISCUSSION = `${HEADER} title author count totalMinutes strings{byline heading facilitatorHeading intro facilitatorIntro purpose bloom time id followUps drawsOn goodDiscussion misreadings teachingNotes continued} ${SET_ASIDE} questions[anchor number id prompt followUps[] cites lookBack bloom purpose minutes duration claims[label paragraph paraphrase] notes misreadings[] tags] teachingNotes[label paragraph paraphrase note]`
const GRID = 'rows[first rest[]]'
const STUDENT = 'student{name id group}'

const NOTATION: Record<string, Notation> = {
  'article.md.hbs': `${HEADER} ${ARTICLE_DETAILS} ${ARTICLE_STRINGS} sections[heading paragraphs[n lead gap text]]`,
  'article-teacher.md.hbs': `${HEADER} ${ARTICLE_DETAILS} ${ARTICLE_STRINGS} sections[heading paragraphs[n lead gap pieces[text highlight labels space spaceWithin newLine em strong]]] claims[label paragraph paraphrase]`,
  'handout.md.hbs': `${HEADER} ${ARTICLE_DETAILS} wordCount readingMinutes claimCount ${HANDOUT_STRINGS} guide[heading range claims claimsLabel] map{${WORKSHEET}} ${HANDOUT_LISTS} claims[${HANDOUT_CLAIM}]`,
  'handout-teacher.md.hbs': `${HEADER} ${ARTICLE_DETAILS} wordCount readingMinutes claimCount ${HANDOUT_STRINGS} guide[heading range claims claimsLabel hedges] ${MAP} ${HANDOUT_LISTS} claims[${HANDOUT_CLAIM} relations actors kind asserter hedges evidence evidenceNote teachingNote contextCount]`,
  'discussion.md.hbs': DISCUSSION,
  'discussion-facilitator.md.hbs': DISCUSSION,
  'quiz.md.hbs': `${HEADER} title author version ${STUDENT} itemCount totalPoints strings{byline heading nameLabel fillInName idLabel versionLabel fillInClass classLabel fillInDate timeLabel time intro howToAnswer marks score question pointsRow scoreRow total end continued} pointsTables[${GRID}] items[anchor number label stem instruction points scoring isChoice mark options[letter text] isShort lines area]`,
  'answer-key.md.hbs': `${HEADER} title author version itemCount totalPoints strings{byline heading intro answer seeModelAnswer continued modelAnswer rubric tests grid gridIntro question answerColumn points written total dash} grid{${GRID}} ${SET_ASIDE} items[anchor number heading id type stem points difficulty bloom answer answerText scoring options[letter text verdict ownVerdict feedback claim cite] modelAnswer rubric[points criterion] keyArea claims[label paragraph paraphrase]]`,
  'index.md.hbs': `${HEADER} title author setName setTitle seed quizCount students studentsInFolder studentFiles[name version file] versions discussionCount strings{heading intro documents forStudents forTeachers webPage pdf downloads questions set titleDash counts versions studentsBefore studentsAfter studentsElsewhere coverage leftOut notCovered} documents[title html pdf] groups[heading documents[title html pdf]] downloads[title file] coverage[label paragraph id questions] claimsCovered claimsTotal paragraphsCovered paragraphsLeftOut`,
  'cover.md.hbs': `${HEADER} quizTitle title author version ${STUDENT} itemCount totalPoints strings{byline idLabel classLabel fillInName intro beforeStart beforeStartNote writeNameNote}`,
  'page.html.hbs': 'lang title author header who mark kind landmarks{header main} contents{label sections[href text]} css body'
}

const VALUE: Shape = { kind: 'value' }

/** Read `notation` into the fields it declares. */
export function parseShape(notation: Notation): Shape {
  const tokens = notation.match(/[^\s{}[\]]+|[{}[\]]/g) ?? []
  let at = 0
  const fields = (close?: string): Shape => {
    const map = new Map<string, Shape>()
    while (at < tokens.length && tokens[at] !== close) {
      const name = tokens[at++]!
      if (tokens[at] === '{') {
        at++
        map.set(name, fields('}'))
        at++
      } else if (tokens[at] === '[') {
        at++
        if (tokens[at] === ']') map.set(name, { kind: 'list', of: VALUE })
        else map.set(name, { kind: 'list', of: fields(']') })
        at++
      } else map.set(name, VALUE)
    }
    return { kind: 'fields', fields: map }
  }
  return fields()
}

let models: ReadonlyMap<string, Shape> | undefined

/** The view model of the template `name` (`quiz.md.hbs`), or undefined for a name classpack does not fill. */
export function viewModel(name: string): Shape | undefined {
  models ??= new Map(Object.entries(NOTATION).map(([template, notation]) => [template, parseShape(notation)]))
  return models.get(name)
}
