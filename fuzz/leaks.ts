/** What an error body must never show: a stack trace, SQL, or a path on the server. */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\bat [\w$.<>]+ \(|\n\s+at /],
  [
    'SQL',
    /\b(select|insert into|update|delete from)\b[^"]{0,80}\b(from|set|values|where)\b|Failed query|"public"\./i,
  ],
  ['server path', /\/(work|home|usr|srv|app|tmp)\/|node_modules|[A-Z]:\\\\/],
]

export const leakIn = (body: string): string | undefined =>
  LEAKS.find(([, pattern]) => pattern.test(body))?.[0]

/** A 4xx must say what was wrong: Payload's `{ errors: [{ message }] }` or a `message`. */
export const hasMessage = (body: string, status: number): boolean => {
  // Node's HTTP server refuses an over-long address or header itself; its status line says why.
  if (status === 414 || status === 431) {
    return true
  }
  try {
    const json = JSON.parse(body) as { errors?: { message?: string }[]; message?: string }
    return Boolean(json.errors?.[0]?.message || json.message)
  } catch {
    return /\w{3,}/.test(body)
  }
}
