// The studio's HTTP server: node:http on 127.0.0.1, one page and a small JSON API over the
// module folder. Every request is checked first (access.ts: Host, Origin, the token); every
// path from a request is resolved inside its folder (paths.ts); writes go through edits.ts.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { ROOT } from '../paths.js'
import { checkOrigin, checkToken, isToken, tokenCookie, type AccessRules } from './access.js'
import { addClaim, saveQuestion, saveSet, type EditResult } from './edits.js'
import { resolveInside } from './paths.js'
import { previewSet, type Preview } from './preview.js'
import type { PageState } from './state.js'
import { suggestClaim } from './suggest.js'
import type { QuestionSet } from '../module/model.js'
import type { BuildRunner } from './build-run.js'

/** The page's own files, by URL: nothing else is served from the package. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/studio.js': { file: 'studio.js', type: 'text/javascript; charset=utf-8' },
  '/studio.css': { file: 'studio.css', type: 'text/css; charset=utf-8' }
}
const PAGE_DIR = join(ROOT, 'studio')
const MAX_BODY = 1 << 20

/** The page may run only its own script and talk only to this server; nothing may frame it. */
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
/** A quiz preview or a pack page: its own inline styles, no scripts, framed by the studio only. */
const DOC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

export interface StudioContext {
  dir: string
  rules: AccessRules
  /** The current state (re-checked as files change). */
  state(): PageState
  /** Re-check now (after the studio's own write, so the answer's next state read shows it). */
  refresh(): void
  /** Called with a response that stays open for server-sent events. */
  subscribe(res: ServerResponse): void
  build: BuildRunner
}

/** The studio's server, not yet listening. */
export function studioServer(ctx: StudioContext): Server {
  return createServer((req, res) => {
    handle(ctx, req, res).catch((cause: unknown) => {
      if (res.headersSent) res.end()
      else if (cause instanceof TooLarge) {
        // Answered, not cut off: the client learns why; the connection closes after it.
        res.setHeader('Connection', 'close')
        send(res, 413, { error: `Unexpected request body over ${MAX_BODY / 1024 / 1024} MiB, expected a form's fields` })
      } else send(res, 500, { error: `classpack studio: ${(cause as Error).message}` })
    })
  })
}

async function handle(ctx: StudioContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
  const origin = checkOrigin(req.headers, ctx.rules)
  if (origin) return send(res, origin.status, { error: origin.reason })
  const raw = req.url ?? '/'
  const q = raw.indexOf('?')
  const path = q < 0 ? raw : raw.slice(0, q)
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1))
  const method = req.method ?? 'GET'
  const write = method !== 'GET' && method !== 'HEAD'

  // The printed URL's token, once: set the cookie and drop the token from the address bar.
  if (method === 'GET' && path === '/' && query.has('token')) {
    if (!isToken(query.get('token') ?? undefined, ctx.rules.token)) return send(res, 403, { error: "Unexpected token, expected the one in the URL the studio printed (it changes every run)" })
    res.setHeader('Set-Cookie', tokenCookie(ctx.rules))
    res.writeHead(303, { Location: '/' }).end()
    return
  }
  const token = checkToken(req.headers, ctx.rules, write)
  if (token) return send(res, token.status, { error: token.reason })
  if (write && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'Unexpected request body, expected application/json' })

  if (method === 'GET' && path === '/') return page(ctx, res)
  if (method === 'GET' && path === '/favicon.ico') return void res.writeHead(204).end()
  if (method === 'GET' && ASSETS[path]) {
    const asset = ASSETS[path]!
    res.writeHead(200, { 'Content-Type': asset.type })
    res.end(readFileSync(join(PAGE_DIR, asset.file)))
    return
  }
  if (method === 'GET' && path === '/api/state') return send(res, 200, ctx.state())
  if (method === 'GET' && path === '/api/claim-suggestion') return send(res, 200, suggestClaim(ctx.state(), Number(query.get('paragraph')), query.get('text') ?? ''))
  if (method === 'GET' && path === '/api/events') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' })
    res.write(`event: state\ndata: ${JSON.stringify({ version: ctx.state().version })}\n\n`)
    ctx.subscribe(res)
    return
  }
  if (method === 'GET' && path.startsWith('/api/file/')) return moduleFile(ctx, path.slice('/api/file/'.length), res)
  if (method === 'GET' && path === '/preview') {
    const preview = cachedPreview(ctx, query.get('set') ?? '{}', query.get('name'))
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': DOC_CSP })
    res.end(preview.html ?? '<!doctype html><html lang="en"><title>No quiz</title><p>This set selects no quiz items.</p></html>')
    return
  }
  if (method === 'GET' && path.startsWith('/pack/')) return packFile(ctx, path.slice('/pack/'.length), res)
  if (method === 'POST' && path === '/api/claims') return edited(ctx, res, addClaim(ctx.dir, await body(req)))
  if (method === 'POST' && path === '/api/questions') return edited(ctx, res, saveQuestion(ctx.dir, await body(req)))
  if (method === 'POST' && path === '/api/sets') return edited(ctx, res, saveSet(ctx.dir, await body(req)))
  if (method === 'POST' && path === '/api/preview') {
    const given = (await body(req)) as { set?: QuestionSet; name?: unknown }
    const { html: _html, ...rest } = cachedPreview(ctx, JSON.stringify(given.set ?? {}), given.name)
    return send(res, 200, rest)
  }
  if (method === 'POST' && path === '/api/build') {
    const given = (await body(req)) as { set?: string }
    return send(res, 202, ctx.build.start(typeof given.set === 'string' && given.set ? given.set : undefined))
  }
  if (['/', '/api/state', '/api/claim-suggestion', '/api/events', '/api/claims', '/api/questions', '/api/sets', '/api/preview', '/api/build', '/preview'].includes(path) || ASSETS[path]) return send(res, 405, { error: `Unexpected method ${method} for ${path}` })
  return send(res, 404, { error: `Unexpected path ${JSON.stringify(path)}, expected one of the studio's` })
}

/** A set's name as module.yaml and the page's form take it. */
const SET_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The page asks for a preview's items, then its frame for the quiz: the second is the first's, unless a file changed between. */
let lastPreview: { key: string; version: number; preview: Preview } | undefined

function cachedPreview(ctx: StudioContext, setJson: string, given: unknown): Preview {
  const version = ctx.state().version
  // Under the name it is saved as, or was loaded from: a sampled set draws with a seed of its
  // name's (select/), so a preview under another name showed other items than its build.
  const name = typeof given === 'string' && SET_NAME.test(given) ? given : undefined
  const key = `${ctx.dir}\0${setJson}\0${name ?? ''}`
  if (lastPreview?.key === key && lastPreview.version === version) return lastPreview.preview
  const set = parseJson(setJson)
  const preview = previewSet(ctx.dir, (typeof set === 'object' && set !== null ? set : {}) as QuestionSet, name)
  lastPreview = { key, version, preview }
  return preview
}

function page(ctx: StudioContext, res: ServerResponse): void {
  const html = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8').replace('__TOKEN__', ctx.rules.token).replaceAll('__MODULE__', escapeHtml(ctx.state().module))
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP })
  res.end(html)
}

/** A file of the module folder, as text: the page shows a message's place in it. */
function moduleFile(ctx: StudioContext, rel: string, res: ServerResponse): void {
  const inside = resolveInside(ctx.dir, rel)
  if (!inside.ok) return send(res, 403, { error: inside.reason })
  let bytes: Buffer
  try {
    bytes = readFileSync(inside.path)
  } catch {
    return send(res, 404, { error: `Missing ${inside.relative} in the module folder` })
  }
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" })
  res.end(bytes)
}

/** A file of the built pack: its pages and PDFs, shown in the page. */
function packFile(ctx: StudioContext, rel: string, res: ServerResponse): void {
  const root = ctx.build.target()
  if (!root) return send(res, 404, { error: 'Missing pack, expected a build first' })
  const inside = resolveInside(root, rel)
  if (!inside.ok) return send(res, 403, { error: inside.reason })
  let bytes: Buffer
  try {
    bytes = readFileSync(inside.path)
  } catch {
    return send(res, 404, { error: `Missing ${inside.relative} in the pack` })
  }
  const type = /\.html$/.test(rel) ? 'text/html; charset=utf-8' : /\.pdf$/.test(rel) ? 'application/pdf' : /\.json$/.test(rel) ? 'application/json' : 'application/octet-stream'
  // PDFs open in the browser's own viewer, which a Content-Security-Policy would block.
  res.writeHead(200, { 'Content-Type': type, ...(type.startsWith('application/pdf') ? {} : { 'Content-Security-Policy': DOC_CSP }) })
  res.end(bytes)
}

function edited(ctx: StudioContext, res: ServerResponse, result: EditResult): void {
  if (result.ok) ctx.refresh()
  send(res, result.ok ? 200 : result.status, result)
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(value))
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A body over MAX_BODY: refused with 413. */
class TooLarge extends Error {}

/** A request's JSON body, at most 1 MiB. */
function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    // The rest of a body too large is read and dropped (not kept), so the answer can be sent.
    const tooLarge = () => {
      req.removeAllListeners('data')
      req.resume()
      reject(new TooLarge())
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge()
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        chunks.length = 0
        tooLarge()
      } else chunks.push(chunk)
    })
    req.on('end', () => {
      const value = parseJson(Buffer.concat(chunks).toString('utf8'))
      resolve(typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {})
    })
    req.on('error', reject)
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
