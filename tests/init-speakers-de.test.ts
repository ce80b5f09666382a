// Whose words init gives in a German article, in patterns a teacher's German trial articles
// (a phone ban at schools, traffic in an old town) got wrong: a pronoun or a verb's fragment
// taken for an actor, a speaker named with their title or cut to the surname, a speaker or a
// role after the verb in an apposition, and a group or an office named after „warnte“ or „so“.
// Each case is a few sentences, not the trial's article.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planModule } from '../src/init/index.js'
import { claimWith, initPlan, type Planned } from './helpers/init-plan.js'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { unsaidAt } from '../src/init/actors.js'
import { findMarkers } from '../src/init/markers.js'
import { ROOT } from './helpers/fixtures.js'

const plan = initPlan('---\ntitle: Der Rat entscheidet\nauthor: Anna Beispiel\nlang: de\n---', 'rat.md')

const actor = (data: Planned, name: string) => data.actors.find((a) => a.name === name)
const FILLER = 'Der Rat tagte am Dienstag im alten Rathaus.'

describe('a German pronoun or a verb’s words, where init looks for a speaker', () => {
  it('gives „Er warnte …“ to the person named before in the paragraph, and makes no actor „Er“', async () => {
    const data = await plan(
      FILLER,
      'Der Vorsitzende des Landeselternbeirats, Jonas Weber, begrüßte den Plan. Er warnte jedoch vor zu viel Bürokratie, weil die Schulen kaum Personal hätten.'
    )
    expect(data.actors.map((a) => a.name)).not.toContain('Er')
    expect(claimWith(data, 'vor zu viel Bürokratie').by).toBe('Jonas Weber')
  })

  it('leaves „Sie warnte …“ with no one named before it to no actor, never to one called „Sie“', async () => {
    const data = await plan(FILLER, 'Sie warnte jedoch vor zu viel Bürokratie, weil die Schulen kaum Personal hätten.')
    expect(data.actors.map((a) => a.name.toLowerCase())).not.toContainEqual(expect.stringMatching(/^(?:er|sie|es)$/u))
    expect(claimWith(data, 'vor zu viel Bürokratie').asserted_by).not.toMatch(/^(?:er|sie|es)$/u)
  })

  it('leaves „Sie warnten …“ (a group, the verb plural) to no one named before', async () => {
    const data = await plan(FILLER, 'Jonas Weber hörte zu. Sie warnten jedoch vor zu viel Bürokratie, weil die Schulen kaum Personal hätten.')
    expect(claimWith(data, 'vor zu viel Bürokratie').by).not.toBe('Jonas Weber')
    expect(data.actors.map((a) => a.name)).not.toContain('Sie')
  })

  it('gives a clause before a separable verb („…, räumte Krämer ein“) to its speaker, and makes no actor of a lower-case verb’s words', async () => {
    const data = await plan(FILLER, 'Die Schule meldet weniger Streit. Ob das allein am Verbot liege, lasse sich aber nicht sagen, räumte Krämer ein.')
    expect(data.actors.map((a) => a.name)).not.toContainEqual(expect.stringMatching(/\s\p{Ll}/u))
    expect(claimWith(data, 'am Verbot liege').by).toBe('Krämer')
  })
})

describe('a German speaker’s name and title', () => {
  it('names „Kämmerer Paul Roth“ and „Gutachter Dr. Thomas Sommer“ by name alone, the title as role and no „Dr.“', async () => {
    const data = await plan(
      FILLER,
      '„Die Stadt muss sparen“, sagte Kämmerer Paul Roth.',
      'Laut Gutachter Dr. Thomas Sommer könnte sich der Verkehr um etwa 15 Prozent verlagern.'
    )
    expect(actor(data, 'Paul Roth')).toMatchObject({ role: 'Kämmerer' })
    expect(actor(data, 'Thomas Sommer')).toMatchObject({ role: 'Gutachter' })
    expect(claimWith(data, 'Die Stadt muss sparen').by).toBe('Paul Roth')
    expect(claimWith(data, 'um etwa 15 Prozent').by).toBe('Thomas Sommer')
  })

  it('names a speaker in an apposition („Der Vorsitzende des …, Jonas Weber, begrüßte“) and one after a title („Schulleiterin Sabine Krämer berichtet“) by the whole name', async () => {
    const data = await plan(
      FILLER,
      'Der Vorsitzende des Landeselternbeirats, Jonas Weber, begrüßte den Plan, weil er den Schulen helfe.',
      'Schulleiterin Sabine Krämer berichtet von weniger Streit, seit die Regel gilt. Das dürfte an den Pausen liegen, sagte Krämer.'
    )
    expect(actor(data, 'Jonas Weber')).toMatchObject({ role: 'Vorsitzender des Landeselternbeirats' })
    expect(actor(data, 'Sabine Krämer')).toMatchObject({ role: 'Schulleiterin' })
    expect(data.actors.map((a) => a.name)).not.toContain('Weber')
    expect(data.actors.map((a) => a.name)).not.toContain('Krämer')
    expect(claimWith(data, 'an den Pausen liegen').by).toBe('Sabine Krämer')
  })
})

describe('a German speaker after the verb, in an apposition', () => {
  it('finds the speaker after a title with its genitive („kritisierte der bildungspolitische Sprecher der FDP-Fraktion, Timm Kern“) and the role after a name („so Peter Müller, Vorsitzender des Gewerbevereins“)', async () => {
    const data = await plan(
      FILLER,
      '„Das Verbot kommt viel zu früh“, kritisierte der bildungspolitische Sprecher der FDP-Fraktion, Timm Kern.',
      '„Wir verlieren vermutlich viele Kunden“, so Peter Müller, Vorsitzender des Gewerbevereins.',
      'Die Regel sei wohl zu streng, erklärte der Vorsitzende des Elternbeirats der Grundschule am Markt, Jonas Weber.'
    )
    expect(actor(data, 'Timm Kern')).toMatchObject({ role: 'bildungspolitischer Sprecher der FDP-Fraktion' })
    expect(actor(data, 'Peter Müller')).toMatchObject({ role: 'Vorsitzender des Gewerbevereins' })
    expect(actor(data, 'Jonas Weber')).toMatchObject({ role: 'Vorsitzender des Elternbeirats der Grundschule am Markt' })
    expect(claimWith(data, 'viel zu früh').by).toBe('Timm Kern')
    expect(claimWith(data, 'viele Kunden').by).toBe('Peter Müller')
    expect(claimWith(data, 'zu streng').by).toBe('Jonas Weber')
  })
})

describe('a German group or office named after the verb', () => {
  it('gives „…, warnte die Opposition“ and „…, so der Ortsvorsteher“ to them, not to the author', async () => {
    const data = await plan(
      FILLER,
      'Die Stadt müsse die Parkplätze sofort zurückgeben, warnte die Opposition.',
      'Die Läden in der Altstadt sollten mehr Zeit bekommen, so der Ortsvorsteher.'
    )
    expect(claimWith(data, 'Parkplätze sofort').by).toBe('die Opposition')
    expect(claimWith(data, 'mehr Zeit bekommen').by).toBe('der Ortsvorsteher')
  })

  it('gives them the words though a person was named before in the paragraph', async () => {
    const data = await plan(FILLER, 'Peter Müller ist skeptisch. Vielleicht kommt das Projekt erst im Herbst 2026, so der Ortsvorsteher.')
    expect(claimWith(data, 'erst im Herbst').by).toBe('der Ortsvorsteher')
  })
})

// A German teacher's trial (a Kommentar on a phone ban at schools): Konjunktiv I "werde" with
// an infinitive, the future of reported speech, was an empirical claim.
describe('a German prediction in reported speech', () => {
  it('takes „werde … verbessern“ in reported speech for a prediction, and „werde … missachtet“ (the passive) for none', async () => {
    const data = await plan(
      FILLER,
      'Medienpädagoge Martin Oßwald hält das Verbot für einen Anfang. Wahrscheinlich werde das Verbot die Konzentration im Unterricht verbessern, so Oßwald.',
      'Die Schulleiterin Sabine Krüger äußerte sich am Montag. Das Verbot werde an ihrer Schule seit Jahren missachtet, sagte sie.'
    )
    const future = claimWith(data, 'die Konzentration im Unterricht verbessern')
    expect(future.kind).toBe('predictive')
    expect(future.by).toBe('Martin Oßwald')
    const kinds = (text: string) => findMarkers(text, 'de').map((m) => `${m.kind} ${m.text}`)
    expect(kinds('Das Verbot werde seit Jahren missachtet.')).toEqual(['indirect werde'])
    expect(kinds('Die Schule werde im Herbst geschlossen.')).toEqual(['indirect werde'])
    expect(kinds('Die Regel werde im Herbst angenommen.')).toEqual(['indirect werde'])
    expect(kinds('Der Preis werde im Herbst steigen, sagte er.')).toEqual(['indirect werde', 'predictive werde', 'reporting sagte'])
    expect(kinds('Das werde nicht leicht sein.')).toEqual(['indirect werde', 'predictive werde'])
  })

  // The German trial's interview: „ein Thema, über das in jeder Gemeinderatssitzung gestritten
  // wird“ was a predictive claim for its „wird“, the passive's.
  it('takes „wird“ with a participle (the passive) for no prediction, and „wird“ with an infinitive for one', () => {
    const kinds = (text: string) => findMarkers(text, 'de').map((m) => `${m.kind} ${m.text}`)
    expect(kinds('Das Grundwasser ist ein Thema, über das in jeder Sitzung gestritten wird.')).toEqual([])
    expect(kinds('Die Schule wird im Herbst geschlossen.')).toEqual([])
    expect(kinds('Der Brunnen wird im Mai gebaut.')).toEqual([])
    expect(kinds('Der Preis wird im Herbst steigen.')).toEqual(['predictive wird'])
    expect(kinds('Das wird nicht leicht sein.')).toEqual(['predictive wird'])
    // „Der Vereinsvorsitzende sagt, Familien mit Kindern würden benachteiligt“: the passive again.
    expect(kinds('Familien mit Kindern würden benachteiligt.')).toEqual([])
    expect(kinds('Er will verhindern, dass ältere Menschen überfordert würden.')).toEqual([])
    expect(kinds('Der Preis wird im Herbst erhöht.')).toEqual([])
    expect(kinds('Die Preise würden im Herbst steigen.')).toEqual(['predictive würden'])
  })

})

// The same trial: "Es sagt nichts darüber, …" (the ban says nothing about the evenings) was a
// reported statement with no speaker, the author's words.
describe('a German verb of saying with nothing said', () => {
  it('makes „Es sagt nichts darüber, …“ and „erklärt nicht, warum“ no reported statement, and keeps „…“, sagt Krüger one', async () => {
    const data = await plan(
      FILLER,
      'Ein Verbot regelt nur den Vormittag. Es sagt nichts darüber, was nach Schulschluss eindeutig geschieht, wenn die Jugendlichen allein sind.',
      'Das Ministerium erklärt nicht, warum das Programm eindeutig zu klein ist.'
    )
    for (const words of ['was nach Schulschluss', 'warum das Programm']) {
      const claim = claimWith(data, words)
      expect(claim.by, words).toBe('author')
      expect(claim.evidence, words).not.toBe('reported-statement')
    }
    expect(data.actors.map((a) => a.name)).not.toContain('Ministerium')
    const sentence = 'Das Ministerium sagt nichts über die Kosten.'
    expect(unsaidAt(sentence, sentence.indexOf('sagt'))).toBe(true)
    const english = 'The report says nothing about the costs.'
    expect(unsaidAt(english, english.indexOf('says'))).toBe(true)
    for (const said of ['„Das reicht nicht“, sagt Krüger.', '„Das reicht“, sagt nicht nur Krüger.', 'Krüger sagte, das sei nicht genug.']) {
      expect(unsaidAt(said, said.indexOf('sagt')), said).toBe(false)
    }
  })
})

// The same trial: "Medienpädagoge Prof. Martin Oßwald hält …", the speaker named in full in a
// sentence of no saying and quoted later ("so Oßwald"), had no role: the honorific between
// title and name hid the title.
describe('a German title before an honorific and a name', () => {
  it('gives „Medienpädagoge Prof. Martin Oßwald“ and „die Medienpädagogin Prof. Dr. Anna Roth“ their title as role', async () => {
    const data = await plan(
      FILLER,
      'Medienpädagoge Prof. Martin Oßwald hält das Verbot für einen Anfang. Schulen bräuchten vor allem Zeit im Stundenplan, so Oßwald.',
      'Die Medienpädagogin Prof. Dr. Anna Roth sieht das anders. Das Verbot sei vielleicht zu streng, so Roth.'
    )
    expect(actor(data, 'Martin Oßwald')?.role).toBe('Medienpädagoge')
    expect(actor(data, 'Anna Roth')?.role).toBe('Medienpädagogin')
    expect(claimWith(data, 'Zeit im Stundenplan').by).toBe('Martin Oßwald')
  })
})

// The same trial: a group named after the verb of a sentence that opens with a time ("Am 3.
// März erklärte das Kultusministerium, …") did not speak; "März", or "Am Montag", did, as an actor.
describe('a German group named after the verb, the sentence opening with a time', () => {
  it('gives „Am 3. März erklärte das Kultusministerium, …“ and „Am Montag erklärte …“ to the ministry', async () => {
    for (const opening of ['Am 3. März', 'Am Montag']) {
      const data = await plan(FILLER, `${opening} erklärte das Kultusministerium, die Preise würden vielleicht steigen.`)
      expect(claimWith(data, 'die Preise würden').by, opening).toBe('das Kultusministerium')
      expect(data.actors.map((a) => a.name), opening).toEqual(['das Kultusministerium'])
    }
    const named = await plan(FILLER, 'Am 3. März erklärte Ministerin Petra Lange, die Preise würden vielleicht steigen.')
    expect(claimWith(named, 'die Preise würden').by).toBe('Petra Lange')
  })
})

// The same trial: "Am 3. März hat das Kultusministerium angekündigt, dass …" reported no one.
// The perfect ("hat … gesagt") was no verb of saying, only "sagte" and "sagt" were.
describe('a German verb of saying in the perfect', () => {
  it('gives „hat angekündigt“, „hat gesagt“ and „…, hat Lange gesagt“ to whoever the verb’s subject is', async () => {
    const cases: Array<[string, string]> = [
      ['Am 3. März hat das Kultusministerium angekündigt, dass die Preise im Herbst vielleicht steigen.', 'das Kultusministerium'],
      ['Kultusministerin Petra Lange hat gesagt, die Preise würden im Herbst vielleicht steigen.', 'Petra Lange'],
      ['Die Preise würden im Herbst vielleicht steigen, hat Kultusministerin Petra Lange gesagt.', 'Petra Lange'],
      ['Der Verband hatte schon im Januar gewarnt, die Preise würden im Herbst vielleicht steigen.', 'Verband']
    ]
    for (const [sentence, by] of cases) {
      const data = await plan(FILLER, sentence)
      const claim = claimWith(data, 'im Herbst vielleicht steigen')
      expect(claim.by, sentence).toBe(by)
      expect(claim.evidence, sentence).toBe('reported-statement')
    }
    // "wie gesagt" (as said) and a participle with no "haben" report no one.
    const kinds = (text: string) => findMarkers(text, 'de').map((m) => `${m.kind} ${m.text}`)
    expect(kinds('Wie gesagt, die Preise steigen vielleicht.')).toEqual(['hedge vielleicht'])
    expect(kinds('Das Geld ist versprochen, aber vielleicht nicht da.')).toEqual(['hedge vielleicht'])
  })
})

describe('the trial’s Kommentar (tests/fixtures/init/handyverbot-kommentar.md, fictional)', () => {
  it('gives each reported view its speaker, a forecast in Konjunktiv I its kind, and no claim to „Es sagt nichts …“', async () => {
    const path = join(ROOT, 'tests/fixtures/init/handyverbot-kommentar.md')
    const planned = await planModule({ path, bytes: readFileSync(path), into: 'm' })
    const data = YAML.parse(planned.files.find((f) => f.name === 'claims.yaml')!.text) as Planned
    expect(claimWith(data, 'hat das Kultusministerium angekündigt').by).toBe('das Kultusministerium')
    expect(claimWith(data, 'vor allem von den Älteren').by).toBe('Sabine Krüger')
    expect(claimWith(data, 'konsequent bleiben').by).toBe('Sabine Krüger')
    expect(claimWith(data, 'Konzentration im Unterricht').kind).toBe('predictive')
    expect(data.claims.filter((c) => c.quote.includes('Es sagt nichts'))).toEqual([])
    expect(actor(data, 'Martin Oßwald')?.role).toBe('Medienpädagoge')
    expect(actor(data, 'Sabine Krüger')?.role).toBe('Schulleiterin')
    expect(planned.checked.flatMap((f) => f.messages).filter((m) => m.fatal)).toEqual([])
  })
})

// The same trial's variants: "Nach Ansicht von Medienpädagoge Martin Oßwald kommt das Verbot
// vielleicht zu spät" found Oßwald as an actor but gave the words to the author.
describe('a German view given „nach Ansicht von“ someone', () => {
  it('gives „Nach Ansicht von …“ and „Nach Angaben vom …“ to whoever follows „von“', async () => {
    const cases: Array<[string, string]> = [
      ['Nach Ansicht von Medienpädagoge Martin Oßwald kommt das Verbot vielleicht zu spät.', 'Martin Oßwald'],
      ['Nach Einschätzung von Martin Oßwald kommt das Verbot vielleicht zu spät.', 'Martin Oßwald'],
      ['Nach Angaben vom Philologenverband kommt das Verbot vielleicht zu spät.', 'Philologenverband']
    ]
    for (const [sentence, by] of cases) {
      const data = await plan(FILLER, sentence)
      expect(claimWith(data, 'vielleicht zu spät').by, sentence).toBe(by)
    }
    expect(actor(await plan(FILLER, cases[0]![0]), 'Martin Oßwald')?.role).toBe('Medienpädagoge')
  })
})

// The same trial's variants: "Dem Landesschülerrat zufolge …" made an actor named "Dem
// Landesschülerrat", printed so on the students' handout.
describe('a German group before „zufolge“', () => {
  it('names „Dem Landesschülerrat zufolge“ the Landesschülerrat, without the dative article', async () => {
    const data = await plan(FILLER, 'Dem Landesschülerrat zufolge kommt das Verbot vielleicht zu spät.')
    expect(claimWith(data, 'vielleicht zu spät').by).toBe('Landesschülerrat')
    expect(data.actors.map((a) => a.name)).toEqual(['Landesschülerrat'])
  })
})

// The same trial's variants: a commentary's critics "kritisieren", "bemängeln", "monieren" and
// "beklagen"; none was a verb of saying, and their words were "speaker not found".
describe('German verbs of criticism', () => {
  it('gives „Viele Eltern kritisieren, …“, „Die GEW bemängelt, …“ and „Der Landesschülerrat moniert, …“ to their subject', async () => {
    const cases: Array<[string, string]> = [
      ['Viele Eltern kritisieren, das Verbot komme vielleicht zu spät.', 'Viele Eltern'],
      ['Die Gewerkschaft GEW bemängelt, das Verbot komme vielleicht zu spät.', 'Gewerkschaft GEW'],
      ['Der Landesschülerrat moniert, das Verbot komme vielleicht zu spät.', 'Landesschülerrat'],
      ['Der Elternverband beklagt, das Verbot komme vielleicht zu spät.', 'Elternverband']
    ]
    for (const [sentence, by] of cases) {
      const data = await plan(FILLER, sentence)
      expect(claimWith(data, 'vielleicht zu spät').by, sentence).toBe(by)
    }
  })
})

// A body named after „des“ stands in the genitive: "Der Sprecher des Kultusministeriums
// erklärte, …" made an actor named "Kultusministeriums", printed so in the handout's actors
// and in a voice item's options.
describe('a German body in the genitive', () => {
  it('names it as it is called: „des Kultusministeriums“ the Kultusministerium, „des Instituts für …“ the Institut für …', async () => {
    const cases: Array<[string, string]> = [
      ['Der Sprecher des Kultusministeriums erklärte, das Verbot komme vielleicht zu spät.', 'Kultusministerium'],
      ['Laut einer Studie des Instituts für Schulentwicklung kommt das Verbot vielleicht zu spät.', 'Institut für Schulentwicklung'],
      ['Nach Angaben des Philologenverbandes kommt das Verbot vielleicht zu spät.', 'Philologenverband'],
      ['Nach Angaben des Landeselternbeirats kommt das Verbot vielleicht zu spät.', 'Landeselternbeirat'],
      ['Nach Angaben des Schulbündnisses kommt das Verbot vielleicht zu spät.', 'Schulbündnis'],
      // An adjective takes the nominative's ending of the noun's gender.
      ['Ein Sprecher des Deutschen Lehrerverbands sagte, das Verbot komme vielleicht zu spät.', 'Deutscher Lehrerverband'],
      ['Laut einer Umfrage des Statistischen Bundesamts kommt das Verbot vielleicht zu spät.', 'Statistisches Bundesamt']
    ]
    for (const [sentence, by] of cases) {
      const data = await plan(FILLER, sentence)
      expect(claimWith(data, 'vielleicht zu spät').by, sentence).toBe(by)
      expect(data.actors.map((a) => a.name), sentence).toEqual([by])
    }
  })
})

// The German trial's interview: „Der Vereinsvorsitzende Klaus Rettenmaier sagt, …“ gave the role
// „Vereinsvorsitzende“ (a man: „Vereinsvorsitzender“), and „mit der Verbandsvorsitzenden Dr. Miriam
// Haberstroh gesprochen“ the dative „Verbandsvorsitzenden“; the handout prints the role beside the name.
describe('a German title declined with its article', () => {
  it('is the role in the nominative, as the handout prints it beside the name', async () => {
    const data = await plan(
      FILLER,
      'Der Vereinsvorsitzende Klaus Rettenmaier sagt, Familien würden benachteiligt.',
      'Das habe man mit der Verbandsvorsitzenden Dr. Miriam Haberstroh besprochen, sagte der Kämmerer.',
      'Laut dem stellvertretenden Landrat Jürgen Schäfer sei das Geld knapp.',
      'Auch die Landesvorsitzende Petra Lang sagte, das sei zu teuer.'
    )
    expect(actor(data, 'Klaus Rettenmaier')?.role).toBe('Vereinsvorsitzender')
    expect(actor(data, 'Miriam Haberstroh')?.role).toBe('Verbandsvorsitzende')
    expect(actor(data, 'Jürgen Schäfer')?.role).toBe('stellvertretender Landrat')
    expect(actor(data, 'Petra Lang')?.role).toBe('Landesvorsitzende')
  })
})

// The German trial's interview: „Sabine Lorch von der Kreisgruppe hat zu Recht gesagt: „…““ was
// the Kreisgruppe's claim, the body nearest the verb, not hers.
describe('a German speaker named with where they come from („von der Kreisgruppe“)', () => {
  it('is the person, not the body after „von“', async () => {
    const data = await plan(
      FILLER,
      'Sabine Lorch von der Kreisgruppe hat zu Recht gesagt: „Vertrauen entsteht nicht durch Gutachten, sondern durch Zahlen, die jeder nachprüfen kann.“',
      'Peter Roth vom Naturschutzbund sagte, der Brunnen werde die Wiesen vermutlich austrocknen.'
    )
    expect(claimWith(data, 'Vertrauen entsteht').by).toBe('Sabine Lorch')
    expect(claimWith(data, 'Wiesen vermutlich').by).toBe('Peter Roth')
  })
})

// The German trial: „Das Gutachten … kommt zu dem Ergebnis, die tiefere Schicht sei … abgedichtet“,
// reported speech in Konjunktiv I whose speaker init did not find, was commented as „quoted words“,
// though no quotation mark is in it.
describe('a German sentence in reported speech whose speaker is not found', () => {
  it('is commented as reported speech, not as quoted words', async () => {
    const head = '---\ntitle: Der Rat entscheidet\nauthor: Anna Beispiel\nlang: de\n---\n\n'
    // (Whose finding that sentence is, init now finds: below, a sentence in Konjunktiv I alone.)
    const text = `${head}${FILLER}\n\nDiese Sorge haben wir prüfen lassen. Die tiefere Schicht sei durch eine Tonlage gut abgedichtet; eine Wirkung auf die Wiesen sei nicht zu erwarten.\n`
    const plan = await planModule({ path: 'rat.md', bytes: Buffer.from(text), into: 'm' })
    const claims = plan.files.find((f) => f.name === 'claims.yaml')!.text
    expect(claims).toContain('reported speech whose speaker was not found: set `asserted_by` to who says it')
    expect(claims).not.toContain('quoted words whose speaker was not found')
  })
})

// The German trial's interview: „Das Gutachten des Ingenieurbüros Falkner kommt zu dem Ergebnis,
// …“ in an answer had no speaker (the comment asked the teacher for one), and a body named in
// the genitive before its proper name kept its case („Ingenieurbüros Falkner“).
describe('a German finding of a report or an expert opinion', () => {
  it('is the body’s whose report it is, named in the nominative', async () => {
    const data = await plan(
      FILLER,
      'Das Gutachten des Ingenieurbüros Falkner kommt zu dem Ergebnis, die tiefere Schicht sei gut abgedichtet.',
      'Eine Studie des Umweltinstituts stellte fest, dass die Pegel seit Jahren sinken.'
    )
    expect(claimWith(data, 'die tiefere Schicht').by).toBe('Ingenieurbüro Falkner')
    expect(claimWith(data, 'die Pegel seit Jahren').by).toBe('Umweltinstitut')
    expect(data.actors.map((a) => a.name)).not.toContain('Ingenieurbüros Falkner')
  })

  it('in an interview’s answer too, where the rest of the answer is the interviewee’s', async () => {
    const path = join(ROOT, 'tests/fixtures/init/interview-grundwasser.md')
    const data = await initPlan(readFileSync(path, 'utf8'), 'interview.md')()
    const finding = data.claims.find((c) => c.quote.startsWith('Das Gutachten des Ingenieurbüros Falkner'))
    expect(finding).toBeDefined()
    expect(data.actors.find((a) => a.id === finding!.asserted_by)?.name).toBe('Ingenieurbüro Falkner')
    // Not asked of the teacher: the speaker is found.
    expect(data.warnings.join('\n')).not.toMatch(/Ingenieurbüros/)
  })
})
