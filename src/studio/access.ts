// Who may talk to the studio. The server listens on 127.0.0.1 only, but a web page in the
// teacher's browser can still send requests there (a link, a form, a script, a DNS name
// rebound to 127.0.0.1). So every request must carry the run's token (a cookie the page's
// first load sets, or a header its scripts send), name the studio itself as `Host`, and,
// when the browser says where it comes from (`Origin`, `Sec-Fetch-Site`), come from the
// studio's own page. Writes also need the header: a cookie alone is what a forged form sends.
import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** The header the page's scripts send the token in. */
export const TOKEN_HEADER = 'x-classpack-token'

/** Why a request is refused: the HTTP status and a sentence for the response body. */
export interface Refusal {
  status: 400 | 403
  reason: string
}

/** What a request is checked against. */
export interface AccessRules {
  token: string
  port: number
}

/** The cookie that carries the token; named for the port, since browsers share cookies across a host's ports. */
export function cookieName(port: number): string {
  return `classpack_studio_${port}`
}

/** The `Set-Cookie` value for the page's first load: the browser sends it back to this studio only, never cross-site, and scripts cannot read it. */
export function tokenCookie(rules: AccessRules): string {
  return `${cookieName(rules.port)}=${rules.token}; Path=/; HttpOnly; SameSite=Strict`
}

/** True when `given` is the token (compared in constant time). */
export function isToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The token a request carries in its cookie, if any. */
export function cookieToken(headers: IncomingHttpHeaders, port: number): string | undefined {
  const name = cookieName(port)
  for (const part of (headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

/** The origins the studio's own page has. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

/**
 * Check the headers every request needs, before its token: `Host` names this studio (a
 * page on another name that resolves to 127.0.0.1 is refused, DNS rebinding), and any
 * `Origin` or `Sec-Fetch-Site` says the request comes from the studio's own page.
 */
export function checkOrigin(headers: IncomingHttpHeaders, rules: AccessRules): Refusal | undefined {
  const host = headers.host
  const hosts = [`127.0.0.1:${rules.port}`, `localhost:${rules.port}`]
  if (host === undefined || !hosts.includes(host.toLowerCase())) {
    return { status: 400, reason: `Unexpected Host ${JSON.stringify(host ?? '')}, expected ${hosts.join(' or ')}` }
  }
  const origin = headers.origin
  if (origin !== undefined && origin !== `http://${host.toLowerCase()}`) {
    return { status: 403, reason: `Unexpected Origin ${JSON.stringify(origin)}, expected the studio's own page (http://${host})` }
  }
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, reason: `Unexpected request from another site (Sec-Fetch-Site: ${site}), expected the studio's own page` }
  }
  return undefined
}

/** Check the token: in the cookie or the header for reads, in the header for writes (a cross-site form cannot set one). */
export function checkToken(headers: IncomingHttpHeaders, rules: AccessRules, write: boolean): Refusal | undefined {
  const header = headers[TOKEN_HEADER]
  const fromHeader = typeof header === 'string' ? header : undefined
  if (isToken(fromHeader, rules.token)) return undefined
  if (!write && isToken(cookieToken(headers, rules.port), rules.token)) return undefined
  const expected = write ? `the ${TOKEN_HEADER} header the studio's page sends` : 'the token of the URL the studio printed'
  return { status: 403, reason: `Unexpected request without this studio's token, expected ${expected}` }
}
