// classpack studio's page: plain DOM, no framework, no network but its own server. The
// server holds the truth (the module's files, re-checked as they change); this page shows
// it, turns a selection in the article into a new claim, builds question sets and starts
// builds. The token travels in a header with every write (the cookie covers reads).
const TOKEN = document.querySelector('meta[name="classpack-token"]').content
const $ = (id) => document.getElementById(id)
/** `n` and its noun, singular for one: "1 claim", "3 quiz items". */
const count = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`

/** The current state from the server, and the version of it shown. */
let state = null
/** The selection a new claim would quote: ¶, offsets in its text, the text. */
let picked = null
/** Whether focus last moved by Tab (the caret it leaves in a paragraph is no choice of a claim); any other key or a click ends it. */
let tabbedIn = false
let previewTimer = 0

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (key === 'class') node.className = value
    else if (key === 'text') node.textContent = value
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value)
    else node.setAttribute(key, value === true ? '' : value)
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child)
  return node
}

/**
 * What the page says while the studio's server does not answer: the form keeps what was typed.
 * Not "start it again, then save again": each run has a token of its own (and, by default, a
 * port of its own), so this page can never save to the next one; only its printed address can.
 */
const STOPPED = 'The studio has stopped: start `classpack studio` again and open the address it prints (this page cannot save to a new run). What you typed is still in this form: copy it across.'

async function api(path, body) {
  let response
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Classpack-Token': TOKEN },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin'
    })
  } catch {
    // The server is gone (stopped, or the machine asleep): say so where the page says what happened.
    $('notice').textContent = STOPPED
    return { status: 0, data: { error: STOPPED } }
  }
  const data = await response.json().catch(() => ({}))
  // The page always sends its own origin and token, so a refusal of its token means the studio
  // answering is another run, started on this port with a new token: this one has stopped.
  // (Other refusals, such as a file outside the module, say their own reason.)
  if (response.status === 403 && /token/i.test(String(data.error ?? ''))) {
    $('notice').textContent = STOPPED
    return { status: 0, data: { error: STOPPED } }
  }
  return { status: response.status, data }
}

// ---- state and live updates ------------------------------------------------------------

async function refresh() {
  const { status, data } = await api('/api/state')
  // An answer no newer than the state drawn is dropped: one that comes after a later one's
  // (two refreshes under way: a save's and a change's), or the same state again, whose
  // redraw only cost the teacher the words selected in the article.
  if (status !== 200 || (state && data.version <= state.version)) return
  state = data
  render()
}

/** The new-claim form's fields as the teacher may change them. */
function claimFields() {
  return {
    id: $('claim-id').value,
    kind: $('claim-kind').value,
    asserted_by: $('claim-asserted').value,
    evidence: $('claim-evidence').value,
    themes: [...document.querySelectorAll('#claim-themes input:checked')].map((i) => i.value),
    hedges: $('claim-hedges').value,
    paraphrase: $('claim-paraphrase').value,
    status: $('claim-status').value
  }
}

/** Whether the open new-claim form holds what the teacher changed since it opened. */
const typedInClaim = () => $('claim-dialog').open && $('claim-dialog').dataset.opened !== JSON.stringify(claimFields())
/** Whether the open question form holds what the teacher changed since it opened or was saved. */
const typedInQuestion = () => $('question-dialog').open && $('question-dialog').dataset.opened !== JSON.stringify(questionFields())

/** Whether a form holds what the teacher typed and has not saved: an open dialog, or the set builder changed since loaded or saved. */
function unsaved() {
  if (typedInClaim() || typedInQuestion()) return true
  const set = $('set-form')
  return set.dataset.opened !== undefined && set.dataset.opened !== JSON.stringify(formFields())
}

// A refresh or a closed tab would drop it without a word: the browser asks first.
window.addEventListener('beforeunload', (event) => {
  if (!unsaved()) return
  event.preventDefault()
  event.returnValue = ''
})

function listen() {
  const events = new EventSource('/api/events')
  // The browser reconnects by itself; until it does, the page says the studio has stopped.
  events.addEventListener('error', () => {
    $('notice').textContent = STOPPED
  })
  events.addEventListener('open', () => {
    if ($('notice').textContent === STOPPED) $('notice').textContent = ''
  })
  events.addEventListener('state', (event) => {
    const { version } = JSON.parse(event.data)
    if (!state || version !== state.version) refresh()
  })
  // A re-check's messages come ahead of the rest of the state (the list says of which state
  // they are, and the page which state it has drawn, for whoever waits on the rest).
  events.addEventListener('messages', (event) => {
    if (!state) return
    const { messages, version } = JSON.parse(event.data)
    if (version < state.version) return
    state.messages = messages
    renderSummary()
    renderMessages(version)
  })
  events.addEventListener('build', (event) => showBuild(JSON.parse(event.data)))
}

function render() {
  const focus = focusKey()
  document.body.dataset.version = String(state.version)
  renderSummary()
  renderArticle()
  renderMessages(state.version)
  renderCoverage()
  renderSetForm()
  renderBuildSets()
  restoreFocus(focus)
  refreshClaimChoices()
  schedulePreview()
}

/**
 * What has the keyboard focus, said so that it can be found again after the page is drawn
 * anew (a file changed, in the page or in an editor): a paragraph with its caret or
 * selection, an element by id, a checkbox by name and value, a button by its label. Without
 * this, each re-check would drop a keyboard user's focus to the start of the page.
 */
function focusKey() {
  const active = document.activeElement
  if (!active || active === document.body || active.closest('dialog')) return null
  const paragraph = active.closest('.ptext')
  if (paragraph) {
    const selection = document.getSelection()
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null
    const inside = range && paragraph.contains(range.startContainer) && paragraph.contains(range.endContainer)
    return { paragraph: Number(paragraph.dataset.n), start: inside ? offsetIn(paragraph, range.startContainer, range.startOffset) : 0, end: inside ? offsetIn(paragraph, range.endContainer, range.endOffset) : 0 }
  }
  if (active.id) return { selector: `#${CSS.escape(active.id)}` }
  const holder = active.parentElement?.closest('[id]')
  if (!holder) return null
  if (active.matches('input[name][value]')) return { selector: `#${CSS.escape(holder.id)} input[name="${CSS.escape(active.name)}"][value="${CSS.escape(active.value)}"]` }
  if (active.getAttribute('aria-label')) return { selector: `#${CSS.escape(holder.id)} [aria-label="${CSS.escape(active.getAttribute('aria-label'))}"]` }
  return null
}

function restoreFocus(key) {
  if (!key || (document.activeElement && document.activeElement !== document.body)) return
  if (key.paragraph) focusParagraph(key.paragraph, key.start, key.end)
  else document.querySelector(key.selector)?.focus()
}

function renderSummary() {
  const errors = state.messages.filter((m) => m.severity === 'error').length
  const warnings = state.messages.length - errors
  $('summary').textContent = `${errors === 0 && state.ok !== false ? 'Checks' : 'Does not check'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${count(state.claims.length, 'claim')}, ${count(state.quiz.length, 'quiz item')}, ${count(state.discussion.length, 'discussion question')}.`
  $('summary').className = `summary ${errors ? 'bad' : 'good'}`
}

// ---- the article -----------------------------------------------------------------------

function renderArticle() {
  const body = $('article-body')
  const article = state.article
  body.replaceChildren()
  if (!article) {
    body.append(el('p', { text: 'article.md cannot be read: see the messages.' }))
    return
  }
  body.append(el('h3', { class: 'title', text: article.title }), article.author ? el('p', { class: 'byline', text: `by ${article.author}` }) : null)
  const byParagraph = new Map()
  for (const claim of state.claims) byParagraph.set(claim.paragraph, [...(byParagraph.get(claim.paragraph) ?? []), claim])
  const uncovered = new Set(state.uncovered)
  for (const section of article.sections) {
    if (section.heading) body.append(el('h4', { class: 'subhead', text: section.heading }))
    for (const n of section.paragraphs) {
      const paragraph = article.paragraphs[n - 1]
      const text = el('div', {
        class: 'ptext',
        contenteditable: 'true',
        role: 'textbox',
        'aria-readonly': 'true',
        'aria-multiline': 'true',
        'aria-label': `Paragraph ${n}${standing(paragraph)}${uncovered.has(n) ? ', no claim yet' : ''}`,
        spellcheck: 'false',
        'data-n': String(n),
        // Drawn before the text (CSS), not in it: the offsets of a selection stay the paragraph's.
        'data-marker': paragraph.item?.marker || null
      })
      text.append(...highlighted(paragraph.text, byParagraph.get(n) ?? []))
      const claimButton = el('button', { type: 'button', class: 'para-claim', hidden: true, onclick: openClaimDialog, text: 'New claim from selection' })
      const kinds = `${uncovered.has(n) ? ' uncovered' : ''}${paragraph.quote ? ' quote' : ''}${paragraph.item ? ' item' : ''}`
      const row = el('div', { class: `para${kinds}`, id: `p-${n}` }, el('span', { class: 'pn', 'aria-hidden': 'true', text: `¶${n}` }), text, claimButton)
      // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
      if (paragraph.item) row.style.setProperty('--level', String(paragraph.item.level))
      body.append(row)
    }
  }
}

/**
 * Where a paragraph stands, for its label: in a list (its number as the article shows it) or a
 * block quote. check's messages speak of "the block quote in ¶12", and the page showed it as
 * any other paragraph.
 */
function standing(paragraph) {
  const item = paragraph.item ? (/^\d+\.$/.test(paragraph.item.marker) ? `, list item ${paragraph.item.marker.slice(0, -1)}` : ', in a list') : ''
  return `${item}${paragraph.quote ? ', in a block quote' : ''}`
}

/** A paragraph's text with each claim's quote marked; overlapping quotes split into runs. */
function highlighted(text, claims) {
  const cuts = new Set([0, text.length])
  for (const c of claims) cuts.add(c.start).add(c.end)
  const points = [...cuts].sort((a, b) => a - b)
  const nodes = []
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const over = claims.filter((c) => c.start < to && c.end > from)
    const run = text.slice(from, to)
    if (!over.length) nodes.push(document.createTextNode(run))
    else {
      const first = over.find((c) => c.start === from)
      nodes.push(el('mark', { class: `claim${over.length > 1 ? ' overlap' : ''}`, 'data-claims': over.map((c) => c.id).join(' '), 'data-label': first ? over.filter((c) => c.start === from).map((c) => c.label).join(' ') : null, title: over.map((c) => `${c.label} ${c.id}`).join(', '), text: run }))
    }
  }
  return nodes
}

/** The offset of (node, offset) in the text of `root`. */
function offsetIn(root, node, offset) {
  const range = document.createRange()
  range.setStart(root, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

function onSelection() {
  const selection = document.getSelection()
  picked = null
  let para = null
  if (selection?.rangeCount) {
    const range = selection.getRangeAt(0)
    const start = range.startContainer.parentElement?.closest?.('.ptext') ?? (range.startContainer.classList?.contains('ptext') ? range.startContainer : null)
    const end = range.endContainer.parentElement?.closest?.('.ptext') ?? (range.endContainer.classList?.contains('ptext') ? range.endContainer : null)
    if (start && start === end) {
      para = start
      const from = offsetIn(start, range.startContainer, range.startOffset)
      const to = offsetIn(start, range.endContainer, range.endOffset)
      const n = Number(start.dataset.n)
      const text = state.article.paragraphs[n - 1].text
      if (to > from && text.slice(from, to).trim().length >= 3) picked = { paragraph: n, start: from, end: to, text: text.slice(from, to) }
      // The caret (or selection) inside a claim shows that claim.
      // Where quotes overlap, the claim shown stays while it is one of them (just added, say).
      // Not the caret Tab puts at a paragraph's start on the way past it: Shift+Tab from ¶3 back
      // to the Claim link went through ¶2 and ¶1, and the panel showed C1 in place of C3.
      const mark = range.startContainer.parentElement?.closest?.('mark.claim')
      const ids = mark ? mark.dataset.claims.split(' ') : []
      if (mark && !(tabbedIn && range.collapsed)) showClaim(ids.includes($('claim-body').dataset.claim) ? $('claim-body').dataset.claim : ids[0])
    }
  }
  $('new-claim').disabled = picked === null
  // The paragraph's own button follows the selection, so Tab from the paragraph reaches it.
  for (const button of document.querySelectorAll('.para-claim')) {
    const mine = para && button.parentElement === para.parentElement
    if (mine && picked) button.hidden = false
    else if (document.activeElement !== button) button.hidden = true
  }
  $('selection-hint').textContent = picked ? `Selected in ¶${picked.paragraph}: “${picked.text.trim().slice(0, 80)}${picked.text.trim().length > 80 ? '…' : ''}”` : 'Select words in one paragraph (with the mouse, or Tab to a paragraph and use Shift and the arrow keys), then choose “New claim from selection”.'
}

function showClaim(id) {
  const claim = state.claims.find((c) => c.id === id)
  const body = $('claim-body')
  if (!claim) return
  body.dataset.claim = id
  const questions = [...state.quiz, ...state.discussion].filter((q) => claim.questions.includes(q.id))
  body.replaceChildren(
    el('p', { class: 'claim-title' }, el('strong', { text: claim.label }), ` ${claim.id} (¶${claim.paragraph}${claim.status === 'suggested' ? ', suggested' : ''})`),
    el('p', { class: 'paraphrase', text: claim.paraphrase }),
    el(
      'dl',
      { class: 'meta' },
      ...[
        ['Kind', claim.kind],
        ['Asserted by', claim.asserted_by.join(', ')],
        ['Hedges', claim.hedges.join(', ') || 'none'],
        ['Evidence', claim.evidence],
        ['Themes', claim.themes.join(', ')],
        ['claims.yaml', claim.line ? `line ${claim.line}` : '']
      ].flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])
    ),
    el('h3', { text: `Questions resting on it (${questions.length})` }),
    questions.length ? el('ul', { class: 'questions' }, questions.map((q) => el('li', {}, el('code', { text: q.id }), ' ', q.stem ?? q.prompt ?? '', q.stem ? editButton(q.id) : null))) : el('p', { class: 'warn', text: 'No question asks about this claim yet.' })
  )
}

// ---- new claim -------------------------------------------------------------------------

function options(select, values, labels = values) {
  select.replaceChildren(...values.map((v, i) => el('option', { value: v, text: labels[i] })))
}

/** The new-claim form's actors and themes, from the state now, `ticked` and `asserted` kept where they still exist (the first theme ticked when none is: see src/studio/suggest.ts). */
function claimChoices(ticked, asserted) {
  options($('claim-asserted'), ['author', ...state.actors.map((a) => a.id)], ['the author', ...state.actors.map((a) => `${a.name} (${a.id})`)])
  if (state.actors.some((a) => a.id === asserted)) $('claim-asserted').value = asserted
  const any = state.themes.some((t) => ticked.has(t.id))
  $('claim-themes').replaceChildren(...state.themes.map((t, i) => el('label', {}, el('input', { type: 'checkbox', name: 'themes', value: t.id, checked: any ? ticked.has(t.id) : i === 0 }), ` ${t.label}`)))
}

/**
 * An open new-claim form follows claims.yaml: opened while the file did not parse, it had no
 * themes or actors to offer, and kept none after the file was fixed.
 */
function refreshClaimChoices() {
  const dialog = $('claim-dialog')
  if (!dialog.open) return
  // While claims.yaml does not parse it offers no themes and no actors: what the teacher had
  // chosen is kept aside for when it parses again (the form offered the first theme and the
  // author then, and their choice was gone).
  if ($('claim-themes').querySelector('input')) dialog.dataset.themes = JSON.stringify([...document.querySelectorAll('#claim-themes input:checked')].map((i) => i.value))
  if ($('claim-asserted').options.length > 1) dialog.dataset.asserted = $('claim-asserted').value
  claimChoices(new Set(JSON.parse(dialog.dataset.themes ?? '[]')), dialog.dataset.asserted)
}

/**
 * A selection widened to whole words: a drag that ends inside a word ("…the frustrat") made a
 * claim whose quote `check` then faulted (`quote-partial-word`).
 */
function wholeWords(pick) {
  const text = state.article.paragraphs[pick.paragraph - 1].text
  const inWord = (i) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i])
  let { start, end } = pick
  while (inWord(start - 1) && inWord(start)) start--
  while (inWord(end - 1) && inWord(end)) end++
  return { ...pick, start, end, text: text.slice(start, end) }
}

async function openClaimDialog() {
  if (!picked || $('claim-dialog').open) return
  const chosen = wholeWords(picked)
  // The id, the hedges and the theme as `classpack init` suggests them, in the article's
  // language: the server has init's word lists and spelling (`dürfte` is `duerfte` in an id).
  const { status, data } = await api(`/api/claim-suggestion?paragraph=${chosen.paragraph}&text=${encodeURIComponent(chosen.text)}`)
  if (status !== 200) {
    if (status !== 0) $('notice').textContent = data.error ?? `The studio answered ${status}`
    return
  }
  if ($('claim-dialog').open) return
  $('claim-quote').textContent = chosen.text.trim()
  $('claim-para').textContent = `¶${chosen.paragraph}`
  $('claim-id').value = data.id
  options($('claim-kind'), state.vocab.kinds)
  options($('claim-evidence'), state.vocab.evidence)
  claimChoices(new Set(data.themes), 'author')
  $('claim-hedges').value = data.hedges.join(', ')
  $('claim-paraphrase').value = ''
  $('claim-status').value = 'suggested'
  clearErrors('claim')
  const dialog = $('claim-dialog')
  delete dialog.dataset.themes
  delete dialog.dataset.asserted
  dialog.dataset.pick = JSON.stringify(chosen)
  // The file as the page showed it when the form opened: a save in an editor (or another
  // tab) while the form is open is then refused, not written over.
  dialog.dataset.base = state.hashes['claims.yaml']
  dialog.showModal()
  dialog.dataset.opened = JSON.stringify(claimFields())
  $('claim-id').focus()
}

/** Clear a form's messages: its list (`#<name>-errors`) and each field's (`#<name>-form`). */
function clearErrors(name) {
  $(`${name}-errors`).replaceChildren()
  for (const p of document.querySelectorAll(`#${name}-form .field-error`)) p.textContent = ''
  for (const input of document.querySelectorAll(`#${name}-form [aria-invalid]`)) input.removeAttribute('aria-invalid')
}

/** Add `reason` to a field's messages, under those already there: two hedges not in the paragraph are two messages, both shown. */
function addFieldError(at, reason) {
  if (at.childNodes.length) at.append(document.createElement('br'))
  at.append(reason)
}

async function submitClaim(event) {
  event.preventDefault()
  const dialog = $('claim-dialog')
  const chosen = JSON.parse(dialog.dataset.pick)
  clearErrors('claim')
  const body = {
    paragraph: chosen.paragraph,
    start: chosen.start,
    end: chosen.end,
    // The words as selected: if article.md changed since, the server refuses rather than quote others.
    selected: chosen.text,
    base: dialog.dataset.base,
    id: $('claim-id').value.trim(),
    kind: $('claim-kind').value,
    asserted_by: $('claim-asserted').value,
    evidence: $('claim-evidence').value,
    themes: [...document.querySelectorAll('#claim-themes input:checked')].map((i) => i.value),
    hedges: $('claim-hedges').value.split(',').map((h) => h.trim()).filter(Boolean),
    paraphrase: $('claim-paraphrase').value,
    status: $('claim-status').value
  }
  const { status, data } = await api('/api/claims', body)
  if (status === 200) {
    dialog.close()
    await refresh()
    showClaim(body.id)
    // The article was drawn anew: the caret goes to the new claim, in its paragraph.
    focusParagraph(chosen.paragraph, chosen.start)
    // Said once the page shows the claim: what the notice speaks of is on the page.
    $('notice').textContent = `Added claim ${body.id} to claims.yaml (line ${data.detail.line}).`
    return
  }
  if (status !== 0) $('notice').textContent = ''
  // Only a file changed since the form read it (not one that does not parse as it is now: the
  // form would then stand on the broken file, and the save after its fix be refused again).
  if (data.stale) await rebase(dialog, 'claims.yaml')
  for (const m of data.messages ?? [{ reason: data.error ?? `The studio answered ${status}` }]) {
    const at = m.field && $(`claim-${m.field}-error`)
    const place = m.line ? `claims.yaml:${m.line}:${m.column}: ` : ''
    if (at) {
      addFieldError(at, m.reason)
      const input = at.closest('.field, fieldset')?.querySelector('input, select, textarea')
      input?.setAttribute('aria-invalid', 'true')
    } else $('claim-errors').append(el('p', { text: place + m.reason }))
  }
  focusFirstInvalid('claim-form')
}

/**
 * After a refusal, the first field with a message takes the focus: a message at a field is in
 * no alert (only the form's list is), so from "Add" or "Save" nothing was said, and the field
 * could be scrolled out of the dialog above the button.
 */
function focusFirstInvalid(form) {
  const field = $(form).querySelector('[aria-invalid="true"]')
  if (field) return field.focus()
  // No field to go to (the file changed on disk, or does not parse): the form's own list says
  // so, and it stands above the buttons, out of the scrolled dialog's view, so that Save seemed
  // to do nothing. Scroll it into view (the dialog's scroll-padding keeps it off the buttons).
  $(form).querySelector('.errors:not(:empty)')?.scrollIntoView({ block: 'nearest' })
}

/**
 * Put the keyboard focus in ¶`n` with the caret at `start` (the text from `start` to `end`
 * selected, when given): where a keyboard user was before a dialog, even after the article
 * was drawn anew (the elements they were on are gone then, and focus would fall to the page).
 */
function focusParagraph(n, start, end = start) {
  const root = document.querySelector(`#p-${n} .ptext`)
  if (!root) return
  root.focus()
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  // Where two runs meet, a start is put in the second and an end in the first: the caret at
  // the start of a claim quoted inside another's stood at the end of the run before it, in the
  // outer claim's highlight, and the panel showed that claim, not the one just added.
  const point = (offset, isStart) => {
    let node = null
    while ((node = walker.nextNode())) {
      if (offset < node.data.length || (offset === node.data.length && !isStart)) return [node, offset]
      offset -= node.data.length
    }
    return [root, root.childNodes.length]
  }
  const range = document.createRange()
  const from = point(start, true)
  range.setStart(...from)
  walker.currentNode = root
  range.setEnd(...(end === start ? from : point(end, false)))
  document.getSelection().removeAllRanges()
  document.getSelection().addRange(range)
}

/** The Edit button the question form was opened from: where focus goes back once the page has been drawn anew. */
let questionOpener = null

/** Focus the Edit button of `id` in `container`, when the question form was opened from there. */
function refocusEdit(container) {
  if (!questionOpener || questionOpener.container !== container || $('question-dialog').open) return
  const button = $(container).querySelector(`button.edit[aria-label="Edit ${CSS.escape(questionOpener.id)}"]`)
  questionOpener = null
  button?.focus()
}

/**
 * After a refusal because `file` changed since the form read it: the form keeps the
 * teacher's edit, and now stands on the file as it is, so saving again (once the teacher
 * has looked at the new version) writes the edit over it.
 */
async function rebase(form, file) {
  await refresh()
  if (state.hashes[file] !== form.dataset.base) form.dataset.base = state.hashes[file]
}

function refocusPick() {
  const chosen = JSON.parse($('claim-dialog').dataset.pick ?? 'null')
  if (chosen) focusParagraph(chosen.paragraph, chosen.start, chosen.end)
}

// ---- editing a question ---------------------------------------------------------------

function editButton(id) {
  // A generated item is made from its claim, not written in questions.yaml: nothing to edit there.
  if (state && !state.quiz.some((q) => q.id === id)) return el('span', { class: 'generated', text: ' · generated from its claim' })
  return el('button', {
    type: 'button',
    class: 'edit',
    'aria-label': `Edit ${id}`,
    onclick: (event) => {
      questionOpener = { id, container: event.currentTarget.closest('#claim-body, #preview-items')?.id }
      openQuestionDialog(id)
    },
    text: 'Edit'
  })
}

function openQuestionDialog(id) {
  const item = state.quiz.find((q) => q.id === id)
  if (!item) return
  const dialog = $('question-dialog')
  dialog.dataset.id = id
  $('question-dialog-heading').textContent = `Edit question ${id}`
  $('question-about').textContent = `${item.type}, ${item.points} point${item.points === 1 ? '' : 's'}, questions.yaml line ${item.line ?? '?'}. The rest of the item and of the file stays as it is.`
  $('q-stem').value = item.stem
  $('q-claims').value = item.claims.join(', ')
  const options = Array.isArray(item.options) ? item.options : null
  dialog.dataset.options = options ? String(options.length) : ''
  $('q-options').replaceChildren(
    ...(options ?? []).map((o, i) => {
      const name = `options-${i}`
      const letter = String.fromCharCode(65 + i)
      return el(
        'fieldset',
        {},
        el('legend', { text: `Option ${letter} (as written)` }),
        el('label', { for: `q-${name}-text`, text: 'Text' }),
        el('textarea', { id: `q-${name}-text`, rows: '2', 'aria-describedby': `q-error-${name}-text` }),
        el('p', { class: 'field-error', id: `q-error-${name}-text` }),
        el('label', {}, el('input', { type: 'checkbox', id: `q-${name}-correct`, checked: o.correct === true }), ' correct'),
        el('p', { class: 'field-error', id: `q-error-${name}-correct` }),
        el('label', { for: `q-${name}-feedback`, text: 'Feedback' }),
        el('textarea', { id: `q-${name}-feedback`, rows: '2', 'aria-describedby': `q-error-${name}-feedback` }),
        el('p', { class: 'field-error', id: `q-error-${name}-feedback` })
      )
    })
  )
  ;(options ?? []).forEach((o, i) => {
    $(`q-options-${i}-text`).value = o.text
    $(`q-options-${i}-feedback`).value = o.feedback ?? ''
  })
  clearErrors('question')
  dialog.dataset.base = state.hashes['questions.yaml']
  dialog.dataset.opened = JSON.stringify(questionFields())
  dialog.showModal()
  // Each text field as tall as what it holds (the dialog scrolls): a stem longer than its three
  // rows opened scrolled to its end, where the caret goes, its first line cut in half and its
  // start out of view.
  for (const area of dialog.querySelectorAll('textarea')) {
    area.style.height = ''
    if (area.scrollHeight > area.clientHeight) area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`
  }
  $('q-stem').focus()
}

/** The question form's fields, by input id: a checkbox's state or a text field's value. */
function questionFields() {
  const fields = {}
  for (const input of $('question-form').querySelectorAll('textarea, input')) fields[input.id] = input.type === 'checkbox' ? input.checked : input.value
  return fields
}

/**
 * After a save refused because questions.yaml changed (another tab, an editor): each field the
 * teacher has not touched since the form opened takes the item's value as now saved, so saving
 * again writes this edit without undoing the other one (an option's text changed in another tab
 * stays). When the item lost or gained options meanwhile, the form is left as it is.
 */
function mergeQuestionForm(dialog) {
  const item = state.quiz.find((q) => q.id === dialog.dataset.id)
  const opened = JSON.parse(dialog.dataset.opened ?? 'null')
  const options = item && Array.isArray(item.options) ? item.options : []
  if (!item || !opened || String(options.length) !== (dialog.dataset.options || '0')) return
  const saved = { 'q-stem': item.stem, 'q-claims': item.claims.join(', ') }
  options.forEach((o, i) => {
    saved[`q-options-${i}-text`] = o.text
    saved[`q-options-${i}-feedback`] = o.feedback ?? ''
    saved[`q-options-${i}-correct`] = o.correct === true
  })
  for (const [id, value] of Object.entries(questionFields())) {
    if (value !== opened[id] || !(id in saved)) continue
    if (typeof value === 'boolean') $(id).checked = saved[id]
    else $(id).value = saved[id]
  }
  dialog.dataset.opened = JSON.stringify(saved)
}

async function submitQuestion(event) {
  event.preventDefault()
  const dialog = $('question-dialog')
  const id = dialog.dataset.id
  clearErrors('question')
  clearNotice()
  const count = dialog.dataset.options === '' ? 0 : Number(dialog.dataset.options)
  const body = {
    id,
    base: dialog.dataset.base,
    stem: $('q-stem').value,
    claims: $('q-claims').value.split(',').map((c) => c.trim()).filter(Boolean),
    ...(dialog.dataset.options === '' ? {} : { options: Array.from({ length: count }, (_, i) => ({ text: $(`q-options-${i}-text`).value.trim(), feedback: $(`q-options-${i}-feedback`).value.trim(), correct: $(`q-options-${i}-correct`).checked })) })
  }
  const { status, data } = await api('/api/questions', body)
  if (status === 200) {
    dialog.close()
    await refresh()
    // The claim panel shows the question as saved; focus goes back to its Edit button (the
    // set builder's list is drawn anew by its preview, which does the same).
    if ($('claim-body').dataset.claim) showClaim($('claim-body').dataset.claim)
    refocusEdit('claim-body')
    // Said once the panel shows the saved question: closing the form had already put focus
    // back on the old Edit button, beside the old stem.
    $('notice').textContent = `Saved question ${id} in questions.yaml.`
    return
  }
  if (status !== 0) $('notice').textContent = ''
  if (data.stale) {
    await rebase(dialog, 'questions.yaml')
    mergeQuestionForm(dialog)
  }
  for (const m of data.messages ?? [{ reason: data.error ?? `The studio answered ${status}` }]) {
    const at = m.field && $(`q-error-${m.field.replaceAll('.', '-')}`)
    const place = m.line ? `questions.yaml:${m.line}:${m.column}: ` : ''
    if (at) {
      addFieldError(at, m.reason)
      $(at.id.replace('q-error-', 'q-'))?.setAttribute('aria-invalid', 'true')
    } else $('question-errors').append(el('p', { text: place + m.reason }))
  }
  focusFirstInvalid('question-form')
}

// ---- messages --------------------------------------------------------------------------

/** The messages of the state `version` (drawn, or sent ahead of it). */
function renderMessages(version) {
  const list = $('messages-list')
  list.dataset.version = String(version)
  $('messages-heading').textContent = `Messages (${state.messages.length})`
  // Errors first (a build waits on them), then warnings, each in file and line order.
  const ordered = [...state.messages.filter((m) => m.severity === 'error'), ...state.messages.filter((m) => m.severity !== 'error')]
  list.replaceChildren(
    ...ordered.map((m) => {
      const where = m.line ? `${m.file}:${m.line}:${m.column}` : m.file
      const link = m.line && state.hashes[m.file] !== undefined ? el('a', { href: `#source`, 'data-file': m.file, 'data-line': String(m.line), onclick: showSource, text: where }) : el('span', { class: 'file', text: where })
      return el('li', { class: m.severity }, el('span', { class: 'severity', text: m.severity === 'error' ? 'Error' : 'Warning' }), ' ', link, ' ', el('span', { class: 'reason', text: m.reason }), m.rule ? el('span', { class: 'rule', text: ` [${m.rule}]` }) : null)
    })
  )
  if (!state.messages.length) list.append(el('li', { class: 'none', text: 'No messages: the module checks cleanly.' }))
}

async function showSource(event) {
  event.preventDefault()
  const { file, line } = event.currentTarget.dataset
  const response = await fetch(`/api/file/${encodeURIComponent(file)}`, { headers: { 'X-Classpack-Token': TOKEN } })
  if (!response.ok) return
  const lines = (await response.text()).split('\n')
  const n = Number(line)
  const from = Math.max(1, n - 3)
  const to = Math.min(lines.length, n + 5)
  $('source-heading').textContent = `${file}, lines ${from}–${to}`
  $('source-text').replaceChildren(el('pre', {}, ...lines.slice(from - 1, to).map((text, i) => el('span', { class: from + i === n ? 'line here' : 'line' }, `${String(from + i).padStart(4)}  ${text}\n`))))
  $('source').hidden = false
  $('source-text').focus()
}

// ---- coverage --------------------------------------------------------------------------

function renderCoverage() {
  const body = $('coverage-body')
  body.replaceChildren()
  if (!state.article) return
  const counts = new Map()
  for (const c of state.claims) counts.set(c.paragraph, (counts.get(c.paragraph) ?? 0) + 1)
  const asked = new Map()
  for (const c of state.claims) if (c.questions.length) asked.set(c.paragraph, (asked.get(c.paragraph) ?? 0) + 1)
  body.append(
    el('h3', { text: 'Paragraphs' }),
    el('p', { class: 'help', text: `${state.uncovered.length} of ${state.article.paragraphs.length} paragraphs have no claim${state.uncovered.length ? `: ¶${state.uncovered.join(', ¶')}` : ''}.` }),
    el(
      'ol',
      { class: 'strip', 'aria-label': 'Claims per paragraph' },
      state.article.paragraphs.map((p) => {
        const n = counts.get(p.n) ?? 0
        // Followed, the paragraph takes the focus too: a keyboard user goes on to select in it.
        const link = el('a', { href: `#p-${p.n}`, text: `¶${p.n}` })
        link.addEventListener('click', () => setTimeout(() => document.querySelector(`#p-${p.n} .ptext`)?.focus({ preventScroll: true })))
        return el('li', { class: n ? `covered c${Math.min(n, 3)}` : 'uncovered' }, link, el('span', { text: n ? `${n} claim${n === 1 ? '' : 's'}` : 'none' }))
      })
    )
  )
  const columns = [...state.quiz.map((q, i) => ({ id: q.id, label: `Q${i + 1}`, claims: q.claims, options: (q.options ?? []).map((o) => o.claim).filter(Boolean) })), ...state.discussion.map((q, i) => ({ id: q.id, label: `D${i + 1}`, claims: q.claims, options: [] }))]
  const unasked = state.claims.filter((c) => !c.questions.length)
  body.append(
    el('h3', { text: 'Claims × questions' }),
    el('p', { class: 'help', text: `● main claim of the question, ○ another claim it rests on. ${unasked.length} claim${unasked.length === 1 ? '' : 's'} no question asks about${unasked.length ? `: ${unasked.map((c) => c.label).join(', ')}` : ''}.` }),
    el(
      'div',
      { class: 'matrix-wrap', tabindex: '0', role: 'region', 'aria-label': 'Claims by questions matrix (scrolls)' },
      el(
        'table',
        { class: 'matrix' },
        el('caption', { text: 'Which questions rest on which claims' }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Claim' }), columns.map((c) => el('th', { scope: 'col', title: c.id }, el('abbr', { title: c.id, text: c.label }))))),
        el(
          'tbody',
          {},
          state.claims.map((claim) =>
            el(
              'tr',
              { class: claim.questions.length ? '' : 'unasked' },
              el('th', { scope: 'row', title: claim.quote }, `${claim.label} `, el('span', { class: 'id', text: claim.id })),
              columns.map((c) => {
                const main = c.claims[0] === claim.id
                const other = !main && (c.claims.includes(claim.id) || c.options.includes(claim.id))
                return el('td', { class: main ? 'main' : other ? 'other' : '' }, main ? '●' : other ? '○' : '')
              })
            )
          )
        )
      )
    )
  )
}

// ---- set builder -----------------------------------------------------------------------

const SET_CHECKS = { types: 'set-types', themes: 'set-themes', bloom: 'set-bloom', difficulty: 'set-difficulty', generated: 'set-generated' }

function checks(container, name, values, labels, keep) {
  const checked = keep ?? new Set([...container.querySelectorAll('input:checked')].map((i) => i.value))
  container.replaceChildren(...values.map((v, i) => el('label', {}, el('input', { type: 'checkbox', name, value: v, checked: checked.has(v) }), ` ${labels[i]}`)))
}

let setFormReady = false

function renderSetForm() {
  const v = state.vocab
  checks($('set-types'), 'types', v.types, v.types)
  checks($('set-themes'), 'themes', state.themes.map((t) => t.id), state.themes.map((t) => t.label))
  checks($('set-bloom'), 'bloom', v.bloom, v.bloom)
  checks($('set-difficulty'), 'difficulty', v.difficulty, v.difficulty)
  checks($('set-generated'), 'generated', v.generators, v.generators)
  const claims = $('set-claims')
  const chosen = new Set([...claims.selectedOptions].map((o) => o.value))
  claims.replaceChildren(...state.claims.map((c) => el('option', { value: c.id, selected: chosen.has(c.id), text: `${c.label} ${c.id}` })))
  if ($('set-order').options.length === 1) for (const o of v.orders) $('set-order').append(el('option', { value: o, text: o }))
  const load = $('set-load')
  options(load, ['', ...Object.keys(state.sets)], ['a new set (every item)', ...Object.entries(state.sets).map(([name, s]) => `${name}${s.title ? `: ${s.title}` : ''}`)])
  // The set the form was loaded from, not the select's value: while the module does not check
  // the page knows no sets, and the select would fall back to "a new set" for good, the form
  // still holding that set's fields, and saving it then drop those the form does not edit
  // (minutes, include, exclude).
  load.value = loadedSet in state.sets ? loadedSet : ''
  if (!setFormReady) {
    setFormReady = true
    $('set-form').dataset.base = state.hashes['module.yaml']
    if (state.defaultSet && state.sets[state.defaultSet]) {
      load.value = state.defaultSet
      fillSetForm(state.defaultSet)
    }
  }
}

/** How many times a set was loaded into the form: a save that ends after the next load leaves that load alone. */
let setFormFills = 0

/** The name of the set the form was loaded from or last saved as ('': a new set). */
let loadedSet = ''

function fillSetForm(name) {
  setFormFills++
  loadedSet = name
  fillSetFields(state.sets[name] ?? {})
  $('set-name').value = name
  $('set-form').dataset.base = state.hashes['module.yaml']
  $('set-form').dataset.opened = JSON.stringify(formFields())
  schedulePreview()
}

/** The form's fields as `set` has them. */
function fillSetFields(set) {
  for (const [key, id] of Object.entries(SET_CHECKS)) for (const input of $(id).querySelectorAll('input')) input.checked = (set[key] ?? []).includes(input.value)
  for (const option of $('set-claims').options) option.selected = (set.claims ?? []).includes(option.value)
  $('set-tags').value = (set.tags ?? []).join(', ')
  $('set-count').value = set.count ?? ''
  $('set-points').value = set.points ?? ''
  $('set-discussion').value = set.discussion ?? ''
  $('set-order').value = set.order ?? ''
  $('set-title').value = set.title ?? ''
}

/** The fields of the set the form edits, as the form holds them now. */
function formFields() {
  const set = formSet()
  return Object.fromEntries([...FORM_FIELDS].map((key) => [key, set[key] ?? null]))
}

/**
 * After a save refused because module.yaml changed (another tab, an editor): each field the
 * teacher has not touched since the set was loaded takes the value now saved, so saving again
 * writes this edit without undoing the other one (a title saved in another tab stays).
 */
function mergeSetForm() {
  const saved = state.sets[$('set-load').value]
  const opened = JSON.parse($('set-form').dataset.opened ?? 'null')
  if (!saved || !opened) return
  const now = formFields()
  const merged = {}
  for (const key of FORM_FIELDS) merged[key] = JSON.stringify(now[key]) === JSON.stringify(opened[key]) ? saved[key] : now[key] ?? undefined
  fillSetFields(merged)
  $('set-form').dataset.opened = JSON.stringify(Object.fromEntries([...FORM_FIELDS].map((key) => [key, saved[key] ?? null])))
  schedulePreview()
}

/** The set the form describes, as module.yaml would hold it (an empty filter: any). */
function formSet() {
  const set = {}
  for (const [key, id] of Object.entries(SET_CHECKS)) {
    const values = [...$(id).querySelectorAll('input:checked')].map((i) => i.value)
    if (values.length) set[key] = values
  }
  const claims = [...$('set-claims').selectedOptions].map((o) => o.value)
  if (claims.length) set.claims = claims
  const tags = $('set-tags').value.split(',').map((t) => t.trim()).filter(Boolean)
  if (tags.length) set.tags = tags
  for (const key of ['count', 'points', 'discussion']) {
    const value = $(`set-${key}`).value
    if (value !== '' && Number.isInteger(Number(value))) set[key] = Number(value)
  }
  if ($('set-order').value) set.order = $('set-order').value
  if ($('set-title').value.trim()) set.title = $('set-title').value.trim()
  const name = $('set-load').value
  // What the form does not edit stays as the set it started from has it: its lint rules set
  // aside, `include`, `exclude`, `minutes`, and whatever else module.yaml holds for it.
  const loaded = name ? state.sets[name] : undefined
  for (const [key, value] of Object.entries(loaded ?? {})) if (!FORM_FIELDS.has(key)) set[key] = value
  return set
}

/** The fields of a set the set builder edits; it carries every other field over unchanged. */
const FORM_FIELDS = new Set([...Object.keys(SET_CHECKS), 'claims', 'tags', 'count', 'points', 'discussion', 'order', 'title'])

/** The preview is worked out only once the set builder has been in view: it costs the server a check. */
let previewWanted = false

function schedulePreview() {
  if (!previewWanted) return
  clearTimeout(previewTimer)
  previewTimer = setTimeout(preview, 250)
}

/** The name a preview draws under, as a build would: the one the set is to be saved as, else the one it was loaded from. */
function previewName() {
  const typed = $('set-name').value.trim()
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(typed) ? typed : $('set-load').value
}

/** Which preview was asked for last: an answer to an earlier one, arriving after it, is dropped. */
let previewAsked = 0

async function preview() {
  const set = formSet()
  const name = previewName()
  const asked = ++previewAsked
  const { status, data } = await api('/api/preview', { set, name })
  if (status !== 200 || asked !== previewAsked) return
  const list = $('preview-items')
  // The name the items were drawn under, for whoever reads the page (and its tests) to wait on.
  list.dataset.drawnFor = name
  const errors = data.messages.filter((m) => m.severity === 'error')
  // What check warns of the set as a whole, as `classpack build --set` does: generated items,
  // worded in English, in a German pack; one key text repeated across items. Not what the
  // Messages already show (module.yaml's own warnings, the default set's).
  const shown = new Set(state.messages.map((m) => m.reason))
  const warnings = data.messages.filter((m) => m.severity === 'warning' && m.file === 'module.yaml' && !shown.has(m.reason))
  $('preview-summary').textContent = errors.length ? `This set does not resolve: ${errors.map((m) => m.reason).join(' ')}` : `${data.items.length} item${data.items.length === 1 ? '' : 's'}, ${data.points} point${data.points === 1 ? '' : 's'}; ${data.discussion.length} discussion question${data.discussion.length === 1 ? '' : 's'}.${warnings.length ? ` ${count(warnings.length, 'warning')} about the set, below.` : ''}`
  $('preview-warnings').replaceChildren(...warnings.map((m) => el('li', { class: 'warning' }, el('span', { class: 'severity', text: 'Warning' }), ` ${m.reason} `, el('span', { class: 'rule', text: `[${m.rule}]` }))))
  // And where the teacher ticks the generated items.
  $('set-generated-note').textContent = warnings.find((m) => m.rule === 'generated-language')?.reason ?? ''
  list.replaceChildren(
    ...data.items.map((item) =>
      el('li', {}, el('code', { text: item.id }), ` ${item.type}, ${item.points} pt`, editButton(item.id), item.lint.length ? el('ul', { class: 'lint' }, item.lint.map((f) => el('li', { class: f.severity }, el('span', { class: 'severity', text: f.severity === 'error' ? 'Error' : 'Warning' }), ` ${f.reason} `, el('span', { class: 'rule', text: `[${f.rule}]` })))) : el('span', { class: 'clean', text: ' · no lint findings' }))
    )
  )
  refocusEdit('preview-items')
  $('preview-frame').src = `/preview?set=${encodeURIComponent(JSON.stringify(set))}&name=${encodeURIComponent(name)}`
}

/** Not the last save's notice while this one is under way (but the studio's having stopped stays said). */
function clearNotice() {
  if ($('notice').textContent !== STOPPED) $('notice').textContent = ''
}

async function saveSet(event) {
  event.preventDefault()
  const name = $('set-name').value.trim()
  clearErrors('set')
  clearNotice()
  const { status, data } = await api('/api/sets', { name, set: formSet(), base: $('set-form').dataset.base })
  if (status === 200) {
    const fills = setFormFills
    await refresh()
    // The form stands on the set as saved, unless another set was loaded into it meanwhile:
    // then Load showed the set saved beside the other's fields, and saving that one carried
    // the saved set's minutes and exclude into it.
    if (fills === setFormFills) {
      loadedSet = name
      $('set-load').value = name
      $('set-form').dataset.base = state.hashes['module.yaml']
      $('set-form').dataset.opened = JSON.stringify(formFields())
    }
    // Said once the page has taken the save in.
    $('notice').textContent = `Saved set ${name} in module.yaml.`
    return
  }
  if (status !== 0) $('notice').textContent = ''
  if (data.stale) {
    await rebase($('set-form'), 'module.yaml')
    mergeSetForm()
  }
  const messages = data.messages ?? [{ reason: data.error ?? `The studio answered ${status}` }]
  // Each message at the field it is about ("Unexpected count 50 …" at Number of items); the name otherwise.
  const fields = new Set(messages.map((m) => SET_RULE_FIELDS[m.rule] ?? (m.field === 'name' || !m.rule ? 'set-name' : null)).filter(Boolean))
  for (const id of fields.size ? fields : ['set-name']) $(id).setAttribute('aria-invalid', 'true')
  for (const m of messages) $('set-errors').append(el('p', { text: m.reason }))
}

/** The form field a refused set's message is about, by its rule. */
const SET_RULE_FIELDS = { 'set-count': 'set-count', 'set-points': 'set-points', 'set-discussion': 'set-discussion', 'set-empty': 'set-types' }

// ---- build -----------------------------------------------------------------------------

/** The set the teacher chose to build ('': none chosen, the default). */
let buildChosen = ''

function renderBuildSets() {
  const select = $('build-set')
  options(select, Object.keys(state.sets), Object.keys(state.sets).map((n) => (n === state.defaultSet ? `${n} (default)` : n)))
  // The set chosen, not the select's value: while the module does not check the page knows no
  // sets, the select empties, and the build would then quietly fall back to the default set.
  select.value = buildChosen in state.sets ? buildChosen : state.defaultSet ?? select.value
}

async function startBuild() {
  $('build-frame').hidden = true
  const { data } = await api('/api/build', { set: $('build-set').value })
  showBuild(data)
}

function showBuild(status) {
  const bar = $('build-progress')
  bar.max = Math.max(1, status.expected)
  bar.value = status.written
  $('build-start').disabled = status.state === 'running'
  const words = { idle: '', running: `Building… ${status.written} files written.`, done: `Built: ${status.written} files (set ${status.set ?? 'default'}).`, failed: `Not built: ${status.messages.filter((m) => m.severity === 'error').map((m) => `${m.file}${m.line ? ':' + m.line : ''}: ${m.reason}`).join(' ') || 'see the messages.'}` }
  $('build-status').textContent = words[status.state]
  const files = $('build-files')
  // Once built, the pack's landing page opens in the frame; its links lead to the documents.
  if (status.state === 'done' && $('build-frame').hidden) showPack('index.html', 'The built pack’s landing page')
  files.replaceChildren(
    ...(status.state === 'done'
      ? status.files.map((f) =>
          f === 'index.html'
            ? el('li', {}, el('a', { href: `/pack/${f}`, target: '_blank', rel: 'noopener', text: 'Open the pack’s landing page in a new tab' }))
            : el('li', {}, el('button', { type: 'button', onclick: () => showPack(f, `${f} from the built pack`), text: `View ${f}` }))
        )
      : [])
  )
}

function showPack(file, title) {
  const frame = $('build-frame')
  frame.src = `/pack/${file.split('/').map(encodeURIComponent).join('/')}`
  frame.title = title
  frame.hidden = false
}

// ---- wiring ----------------------------------------------------------------------------

document.addEventListener('selectionchange', onSelection)
// A modifier's own keydown leaves it be: Shift of the next Shift+Tab comes before the browser
// reports the caret the last Tab left (it reports in a task of its own), and showed that claim.
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta'])
document.addEventListener('keydown', (event) => MODIFIERS.has(event.key) || (tabbedIn = event.key === 'Tab'), true)
document.addEventListener('mousedown', () => (tabbedIn = false), true)
// The article is a text to select in, never to type in.
for (const type of ['beforeinput', 'paste', 'drop', 'cut']) document.addEventListener(type, (event) => event.target.closest?.('.ptext') && event.preventDefault(), true)
document.addEventListener('keydown', (event) => {
  if (event.target.closest?.('.ptext') && event.key === 'Enter') {
    event.preventDefault()
    openClaimDialog()
  }
})
// Pointing shows a claim. Only a pointer that moved: the article drawn anew under a still
// pointer (after "Add claim", say) leaves the panel on the claim just added.
let pointerAt = ''
document.addEventListener('mousemove', (event) => {
  const at = `${event.screenX},${event.screenY}`
  if (at === pointerAt) return
  pointerAt = at
  const mark = event.target.closest?.('mark.claim')
  const id = mark?.dataset.claims.split(' ')[0]
  if (id && id !== $('claim-body').dataset.claim) showClaim(id)
})
$('new-claim').addEventListener('click', openClaimDialog)
$('claim-form').addEventListener('submit', submitClaim)
$('claim-cancel').addEventListener('click', () => $('claim-dialog').close())
// Escape closes a dialog: where it holds what the teacher typed, the page asks first (a key
// pressed by mistake dropped an edit without a word). Cancel, a button pressed on purpose, does not.
const DISCARD = 'Discard what you typed in this form?'
function askBeforeEscape(dialog, typed, closed) {
  $(dialog).addEventListener('cancel', (event) => {
    if (typed() && !window.confirm(DISCARD)) return event.preventDefault()
    closed?.()
  })
}
// Closed without adding (Cancel, Escape): back in the paragraph, the words still selected.
askBeforeEscape('claim-dialog', typedInClaim, () => setTimeout(() => refocusPick()))
askBeforeEscape('question-dialog', typedInQuestion)
$('claim-cancel').addEventListener('click', () => refocusPick())
$('question-form').addEventListener('submit', submitQuestion)
$('question-cancel').addEventListener('click', () => $('question-dialog').close())
$('set-form').addEventListener('input', schedulePreview)
$('set-form').addEventListener('change', (event) => (event.target.id === 'set-load' ? fillSetForm(event.target.value) : schedulePreview()))
$('set-form').addEventListener('submit', saveSet)
$('build-start').addEventListener('click', startBuild)
$('build-set').addEventListener('change', (event) => (buildChosen = event.target.value))
new IntersectionObserver((entries, observer) => {
  if (!entries.some((e) => e.isIntersecting)) return
  previewWanted = true
  observer.disconnect()
  schedulePreview()
}).observe($('sets'))
$('set-form').addEventListener('focusin', () => {
  previewWanted = true
})
refresh().then(listen)
