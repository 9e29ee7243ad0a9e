/** Messages between the benchmark and its mail server child (receiver.ts). */
export type InboxStats = {
  received: number
  /** Distinct Message-IDs among the messages received. */
  distinct: number
  /** Messages whose Message-ID had already arrived. */
  duplicates: number
  withoutId: number
  /** Messages with no `application/pdf` part whose content starts with `%PDF-`. */
  withoutPdf: number
  bytes: number
  /** Epoch ms of the first and last message accepted (0 before any). */
  firstAt: number
  lastAt: number
  /** The receiver process's own peak resident memory, sampled every 50 ms. */
  peakRss: number
  /** The distinct Message-IDs, when asked for. */
  ids: string[]
}

export type InboxRequest = { type: 'stats'; ids: boolean } | { type: 'reset' } | { type: 'stop' }

export type InboxReply =
  | { type: 'listening'; port: number }
  | { type: 'stats'; stats: InboxStats }
  | { type: 'reset' }
  | { type: 'stopped' }
