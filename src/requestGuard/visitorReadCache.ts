import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { libraryGeneration } from '../db/libraryGeneration'
import { isLibraryGlobal, keptForVisitors } from '../libraryCollections'
import { mayAuthenticate, visitorRead } from './visitorRequest'

const HANDOUTS = new Set(['handout.pdf', 'handout.html'])

type Kept = { status: number; headers: Array<[string, string]>; body: ArrayBuffer }

const megabytes = () => {
  const wanted = Number(process.env.VISITOR_READ_CACHE_MB)
  return Number.isFinite(wanted) && wanted >= 0 ? wanted : 64
}

/**
 * A `GET` of one of the library's addresses (a visitor's read, unless it carries a session): a
 * library collection's list or document, or its handout, or a library global (src/libraryCollections).
 */
const isLibraryRead = (request: Request, segments: string[]) => {
  if (request.method !== 'GET') {
    return false
  }
  if (segments[0] === 'globals') {
    return segments.length === 2 && isLibraryGlobal(segments[1])
  }
  return (
    keptForVisitors(segments[0]) &&
    (segments.length <= 2 || (segments.length === 3 && HANDOUTS.has(segments[2])))
  )
}

/** Longest key kept: a longer address is answered without being kept. */
const KEY_CHARACTERS = 4_096

const answer = (kept: Kept, outcome: 'hit' | 'miss') => {
  const headers = new Headers(kept.headers)
  headers.set('X-Visitor-Cache', outcome)
  return new Response(kept.body, { status: kept.status, headers })
}

/**
 * Visitors' reads of the library, kept in memory and answered again while the library has not
 * changed. The library's change count (`library-state`, counted in the same transaction as each
 * save or delete) is read for every such request, so a change committed by any app process is
 * seen by the next request in every process. Only 200 answers are kept, keyed by the whole
 * address, day (a technique card prints the date), host (only without SERVER_URL) and origin
 * (only with CORS); concurrent requests for one address wait for one answer. Only the query
 * parameters Payload or the handout reads are kept, in the key and in the request answered, so
 * an unknown parameter cannot make every read a miss (see `visitorRead`). A request Payload
 * would authenticate in any form (an Authorization header, a cookie of Payload's, however
 * spaced) is never kept or answered from here. The memory bound counts keys, headers and
 * bodies. `VISITOR_READ_CACHE_MB` (default 64; 0 turns it off).
 */
export const visitorReadCache = (payloadOf: () => Promise<Payload>) => {
  const maxSize = megabytes() * 1024 * 1024
  const entries =
    maxSize > 0
      ? new LRUCache<string, Kept>({
          maxSize,
          maxEntrySize: Math.min(maxSize, 8 * 1024 * 1024),
          // The key (UTF-16 in memory), the headers and the body all count.
          sizeCalculation: (kept, key) =>
            kept.body.byteLength +
            key.length * 2 +
            kept.headers.reduce((sum, [name, value]) => sum + (name.length + value.length) * 2, 0) +
            256,
        })
      : undefined
  const pending = new Map<string, Promise<Kept>>()
  let keptGeneration: number | undefined

  return async (
    request: Request,
    segments: string[],
    respond: (request: Request) => Promise<Response>,
  ): Promise<Response> => {
    if (!entries || !isLibraryRead(request, segments)) {
      return respond(request)
    }
    const payload = await payloadOf()
    if (mayAuthenticate(request, payload.config.cookiePrefix)) {
      return respond(request)
    }
    const visitor = visitorRead(request, segments.length === 3)
    const generation = await libraryGeneration(payload).catch(() => undefined)
    if (generation === undefined) {
      return respond(visitor.request)
    }
    if (keptGeneration === undefined || generation > keptGeneration) {
      entries.clear()
      keptGeneration = generation
    } else if (generation < keptGeneration) {
      // Read just before another request saw a newer change: answer without keeping.
      return respond(visitor.request)
    }
    const key = [
      generation,
      new Date().toISOString().slice(0, 10),
      // Links are made from SERVER_URL when it is set; only without it can the host matter.
      payload.config.serverURL ? '' : request.headers.get('host'),
      // Payload answers an Origin only with CORS configured.
      payload.config.cors ? request.headers.get('origin') : '',
      visitor.address,
    ].join(' ')
    if (key.length > KEY_CHARACTERS) {
      return respond(visitor.request)
    }
    const kept = entries.get(key)
    if (kept) {
      return answer(kept, 'hit')
    }
    let making = pending.get(key)
    if (!making) {
      making = (async () => {
        const response = await respond(visitor.request)
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
