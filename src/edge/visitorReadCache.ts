import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { libraryGeneration } from '../db/libraryGeneration'

/** Collections a visitor reads (published library content). */
const LIBRARY = new Set(['conditions', 'techniques', 'routines', 'resources', 'tools'])
const HANDOUTS = new Set(['handout.pdf', 'handout.html'])

type Kept = { status: number; headers: Array<[string, string]>; body: ArrayBuffer }

const megabytes = () => {
  const wanted = Number(process.env.LIBRARY_READ_CACHE_MB)
  return Number.isFinite(wanted) && wanted >= 0 ? wanted : 64
}

/** A `GET` of one of the library's addresses (a visitor's read, unless it carries a session). */
const isLibraryRead = (request: Request, segments: string[]) => {
  if (request.method !== 'GET') {
    return false
  }
  if (segments[0] === 'globals') {
    return segments.length === 2 && segments[1] === 'clinic-settings'
  }
  return (
    LIBRARY.has(segments[0]) &&
    (segments.length <= 2 || (segments.length === 3 && HANDOUTS.has(segments[2])))
  )
}

/** A session cookie or an API key / JWT: a staff member's request, never kept nor answered. */
const carriesCredentials = (request: Request, tokenCookie: string) =>
  request.headers.has('authorization') ||
  (request.headers.get('cookie') ?? '').includes(`${tokenCookie}=`)

const answer = (kept: Kept, outcome: 'hit' | 'miss') => {
  const headers = new Headers(kept.headers)
  headers.set('X-Library-Cache', outcome)
  return new Response(kept.body, { status: kept.status, headers })
}

/**
 * Visitors' reads of the library, kept in memory and answered again while the library has not
 * changed. The library's change count (`library-state`, counted in the same transaction as each
 * save or delete) is read for every such request, so a change committed by any app process is
 * seen by the next request in every process. Only 200 answers are kept, keyed by the whole
 * address, host, origin and day (a technique card prints the date); concurrent requests for one
 * address wait for one answer. Staff requests (a session cookie or an Authorization header) are
 * never kept or answered from here. `LIBRARY_READ_CACHE_MB` (default 64; 0 turns it off).
 */
export const visitorReadCache = (payloadOf: () => Promise<Payload>) => {
  const maxSize = megabytes() * 1024 * 1024
  const entries =
    maxSize > 0
      ? new LRUCache<string, Kept>({
          maxSize,
          maxEntrySize: Math.min(maxSize, 8 * 1024 * 1024),
          sizeCalculation: (kept) => kept.body.byteLength + 512,
        })
      : undefined
  const pending = new Map<string, Promise<Kept>>()
  let keptGeneration: number | undefined

  return async (
    request: Request,
    segments: string[],
    respond: () => Promise<Response>,
  ): Promise<Response> => {
    if (!entries || !isLibraryRead(request, segments)) {
      return respond()
    }
    const payload = await payloadOf()
    if (carriesCredentials(request, `${payload.config.cookiePrefix}-token`)) {
      return respond()
    }
    const generation = await libraryGeneration(payload).catch(() => undefined)
    if (generation === undefined) {
      return respond()
    }
    if (keptGeneration === undefined || generation > keptGeneration) {
      entries.clear()
      keptGeneration = generation
    } else if (generation < keptGeneration) {
      // Read just before another request saw a newer change: answer without keeping.
      return respond()
    }
    const key = [
      generation,
      new Date().toISOString().slice(0, 10),
      request.headers.get('host'),
      request.headers.get('origin'),
      request.url.slice(request.url.indexOf('/api/')),
    ].join(' ')
    const kept = entries.get(key)
    if (kept) {
      return answer(kept, 'hit')
    }
    let making = pending.get(key)
    if (!making) {
      making = (async () => {
        const response = await respond()
        const made: Kept = {
          status: response.status,
          headers: [...response.headers],
          body: await response.arrayBuffer(),
        }
        if (made.status === 200 && !response.headers.has('set-cookie')) {
          entries.set(key, made)
        }
        return made
      })().finally(() => pending.delete(key))
      pending.set(key, making)
    }
    return answer(await making, 'miss')
  }
}
