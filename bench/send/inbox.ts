import { fork } from 'node:child_process'

import type { InboxReply, InboxRequest, InboxStats } from './inboxProtocol'

/**
 * Starts the receiving SMTP server (receiver.ts) in a child process on a loopback port. The
 * child inherits this process's loader flags (tsx), so it runs the TypeScript file directly.
 */
export const startInbox = async () => {
  const child = fork(new URL('./receiver.ts', import.meta.url), [], { stdio: 'inherit' })
  const waiting: Array<{ resolve: (reply: InboxReply) => void; reject: (error: Error) => void }> =
    []
  child.on('message', (reply: InboxReply) => waiting.shift()?.resolve(reply))
  child.on('exit', (code) => {
    const error = new Error(`The SMTP receiver exited (code ${code}).`)
    waiting.splice(0).forEach(({ reject }) => reject(error))
  })
  const next = () => new Promise<InboxReply>((resolve, reject) => waiting.push({ resolve, reject }))
  const ask = async (request: InboxRequest) => {
    const answer = next()
    child.send(request)
    return answer
  }

  const listening = await next()
  if (listening.type !== 'listening') {
    throw new Error(`The SMTP receiver answered ${listening.type} before listening.`)
  }
  return {
    url: `smtp://127.0.0.1:${listening.port}`,
    pid: child.pid,
    stats: async (ids = false) =>
      ((await ask({ type: 'stats', ids })) as { stats: InboxStats }).stats,
    reset: async () => void (await ask({ type: 'reset' })),
    stop: async () => {
      if (child.connected) {
        await ask({ type: 'stop' })
      }
    },
  }
}

export type Inbox = Awaited<ReturnType<typeof startInbox>>
