import type { HostileRequest, Role } from './hostileRequests'
import { hasMessage, leakIn } from './leaks'

export type Outcome = { request: HostileRequest; status: number; problem?: string; ms: number }

/** Sends the requests `concurrency` at a time (each with a 30 s limit) and checks each answer. */
export const sendAll = async (
  baseUrl: string,
  requests: HostileRequest[],
  tokens: Record<Role, string | undefined>,
  { concurrency, deadline }: { concurrency: number; deadline: number },
): Promise<Outcome[]> => {
  const outcomes: Outcome[] = []
  let next = 0
  const worker = async () => {
    while (next < requests.length && Date.now() < deadline) {
      const request = requests[next++]
      const token = tokens[request.as]
      let status = 0
      const started = performance.now()
      let problem: string | undefined
      try {
        const response = await fetch(`${baseUrl}${request.path}`, {
          method: request.method,
          headers: { ...request.headers, ...(token ? { authorization: `JWT ${token}` } : {}) },
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(30_000),
        })
        status = response.status
        const text = status >= 400 ? await response.text() : (await response.arrayBuffer(), '')
        const leak = status >= 400 ? leakIn(text) : undefined
        if (leak) {
          problem = `the body shows a ${leak}`
        } else if (status >= 400 && status < 500 && !hasMessage(text, status)) {
          problem = 'a 4xx without a message'
        }
      } catch (error) {
        problem = `no answer (${(error as Error).name})`
      }
      outcomes.push({ request, status, problem, ms: performance.now() - started })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}
