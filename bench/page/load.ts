import autocannon from 'autocannon'

export type LoadFigures = {
  name: string
  path: string
  requests: number
  perSecond: number
  p50: number
  p95: number
  /** Answers other than the expected status. */
  unexpected: number
}

const percentile = (sorted: number[], share: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] : NaN

/**
 * `connections` clients asking for one URL for `seconds`, as fast as answers come; each
 * answer's time is kept, so p50 and p95 are exact (autocannon's own summary has no p95).
 */
export const loadTest = async (
  name: string,
  url: string,
  {
    connections,
    seconds,
    expect = 200,
    headers,
  }: { connections: number; seconds: number; expect?: number; headers?: Record<string, string> },
): Promise<LoadFigures> => {
  const times: number[] = []
  let unexpected = 0
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers, timeout: 30 },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, status, _bytes, time) => {
      times.push(time)
      if (status !== expect) {
        unexpected += 1
      }
    })
  })
  times.sort((a, b) => a - b)
  return {
    name,
    path: new URL(url).pathname,
    requests: times.length,
    perSecond: result.requests.average,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    unexpected: unexpected + result.errors + result.timeouts,
  }
}
