import pg from 'pg'
import type { Payload } from 'payload'

export type Counts = Record<string, number>

const LOCAL_API = ['find', 'findByID', 'findGlobal', 'count', 'create', 'update', 'delete'] as const

/**
 * Counts what the work under way asks of the database: every SQL statement sent through
 * node-postgres (by its first keyword), and every Local API call (by operation and
 * collection). Counting costs a map update per call. `snapshot()` returns the totals so far.
 */
export const startProbe = (payload: Payload) => {
  const sql: Counts = {}
  const api: Counts = {}
  const add = (counts: Counts, key: string) => (counts[key] = (counts[key] ?? 0) + 1)

  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const query = prototype.query
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config] = args
    const text =
      typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text
    add(sql, (text ?? '').trimStart().split(/\s/)[0]?.toUpperCase() || 'OTHER')
    return query.apply(this, args)
  }

  const instance = payload as unknown as Record<
    string,
    (options: { collection?: string; slug?: string }) => unknown
  >
  const originals = LOCAL_API.map((name) => [name, instance[name]] as const)
  const own = new Set(LOCAL_API.filter((name) => Object.hasOwn(payload, name)))
  for (const [name, original] of originals) {
    instance[name] = (options) => {
      add(api, `${name} ${options?.collection ?? options?.slug ?? ''}`.trim())
      return original.call(payload, options)
    }
  }

  return {
    snapshot: () => ({ sql: { ...sql }, api: { ...api } }),
    stop: () => {
      prototype.query = query
      for (const [name, original] of originals) {
        if (own.has(name)) {
          instance[name] = original
        } else {
          delete instance[name]
        }
      }
    },
  }
}

export type ProbeSnapshot = ReturnType<ReturnType<typeof startProbe>['snapshot']>

/** What was counted between two snapshots. */
export const difference = (before: ProbeSnapshot, after: ProbeSnapshot): ProbeSnapshot => {
  const minus = (a: Counts, b: Counts) =>
    Object.fromEntries(
      Object.entries(a)
        .map(([key, value]) => [key, value - (b[key] ?? 0)] as const)
        .filter(([, value]) => value > 0),
    )
  return { sql: minus(after.sql, before.sql), api: minus(after.api, before.api) }
}
