// `classpack studio`: a local web page to curate claims, build question sets and preview
// the pack, kept live as the module's files change. Loaded only when the studio starts
// (src/index.ts imports it on demand), so `check` and `build` never pay for it.
import { randomBytes } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import type { ServerResponse } from 'node:http'
import { buildRunner } from './studio/build-run.js'
import type { Library } from './studio/library.js'
import { studioServer } from './studio/server.js'
import { readWithHash } from './studio/files.js'
import { MODULE_FILES, pageState, type PageState } from './studio/state.js'
import { watchPaths } from './load/watch.js'

export interface StudioRequest {
  /** The module folder. */
  dir: string
  /** The port on 127.0.0.1 (default 0: any free one). */
  port?: number
  /** Where "Build" writes packs (default `out`), as `classpack build --out`. */
  out?: string
}

export interface Studio {
  /** The page's address, with this run's token: the only way in. */
  url: string
  port: number
  /** Stop serving and watching. */
  close(): Promise<void>
}

/** Start the studio for the module in `request.dir`. Throws a TypeError when it is not a module folder. */
export async function startStudio(request: StudioRequest, library: Library): Promise<Studio> {
  const dir = resolve(request.dir)
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !existsSync(join(dir, 'article.md'))) {
    throw new TypeError(`classpack studio: Unexpected module folder \`${request.dir}\`, expected a folder with an article.md`)
  }
  const token = randomBytes(32).toString('hex')
  const listeners = new Set<ServerResponse>()
  const broadcast = (event: string, data: unknown) => {
    for (const res of listeners) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  let state: PageState = pageState(dir, library)
  /** Re-check and tell the pages; a burst that left every file as it was (the studio's own write, seen again) costs only the hashes. */
  const refresh = (force: boolean) => {
    if (!force && sameFiles(dir, state)) return
    state = pageState(dir, library, (messages, version) => broadcast('messages', { messages, version }))
    broadcast('state', { version: state.version })
  }
  const rules = { token, port: 0 }
  const build = buildRunner(dir, request.out ?? 'out', library, (status) => broadcast('build', status))
  const server = studioServer({
    dir,
    rules,
    state: () => state,
    refresh: () => refresh(true),
    subscribe: (res) => {
      listeners.add(res)
      res.on('close', () => listeners.delete(res))
    },
    build
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(request.port ?? 0, '127.0.0.1', () => done())
  })
  rules.port = (server.address() as AddressInfo).port
  const stopWatching = watchPaths([{ path: dir, kind: 'folder', tag: dir }], () => refresh(false), { delay: 50 })
  // Proxies and idle connections must not hold an event stream open forever unnoticed.
  const keepAlive = setInterval(() => {
    for (const res of listeners) res.write(': keep-alive\n\n')
  }, 15_000)
  keepAlive.unref()
  return {
    url: `http://127.0.0.1:${rules.port}/?token=${token}`,
    port: rules.port,
    close: () =>
      new Promise<void>((done) => {
        stopWatching()
        clearInterval(keepAlive)
        for (const res of listeners) res.end()
        server.close(() => done())
        server.closeAllConnections()
      })
  }
}

/** True when every module file still has the hash `state` was made from. */
function sameFiles(dir: string, state: PageState): boolean {
  return MODULE_FILES.every((name) => readWithHash(join(dir, name)).hash === state.hashes[name])
}
