import { sql } from '@payloadcms/db-postgres'
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

/** Collections a visitor reads (published library content). */
const LIBRARY = new Set(['conditions', 'techniques', 'routines', 'resources', 'tools'])
const HANDOUTS = new Set(['handout.pdf', 'handout.html'])

type Kept = { status: number; headers: Array<[string, string]>; body: ArrayBuffer }

const megabytes = () => {
  const wanted = Number(process.env.LIBRARY_READ_CACHE_MB)
  return Number.isFinite(wanted) && wanted >= 0 ? wanted : 64
}

/** A visitor's read of the library: no session, no API key, one of the library's addresses. */
const isVisitorsLibraryRead = (request: Request, segments: string[], tokenCookie: string) => {
  if (request.method !== 'GET' || request.headers.has('authorization')) {
    return false
  }
  if ((request.headers.get('cookie') ?? '').includes(`${tokenCookie}=`)) {
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

const generationOf = async (payload: Payload) => {
  const database = payload.db as unknown as {
    drizzle: { execute: (query: unknown) => Promise<{ rows: Array<{ generation: unknown }> }> }
  }
  const { rows } = await database.drizzle.execute(
    sql`select generation from library_state order by id limit 1`,
  )
  return Number(rows[0]?.generation ?? 0)
}

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
export const libraryReadCache = (payloadOf: () => Promise<Payload>) => {
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
    const payload = await payloadOf()
    const tokenCookie = `${payload.config.cookiePrefix}-token`
    if (!entries || !isVisitorsLibraryRead(request, segments, tokenCookie)) {
      return respond()
    }
    const generation = await generationOf(payload).catch(() => undefined)
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
