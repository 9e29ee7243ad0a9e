/** What went wrong sending a message, in words safe to store and log. */
export type SendFailure = { permanent: boolean; message: string }

const addresses = /[^\s<>()[\]\\,;:"']+@[^\s<>()[\]\\,;:"']+/g

/** Mail servers quote the recipient back in their replies: never keep or log an address. */
export const withoutAddresses = (text: string) => text.replace(addresses, '[address]')

/**
 * A 5xx reply (unknown mailbox, rejected message) will never succeed: the delivery fails.
 * Everything else (4xx replies, the server unreachable, a dropped connection) is tried again.
 */
export const describeSendError = (error: unknown): SendFailure => {
  const { responseCode, code, message } = (error ?? {}) as {
    responseCode?: number
    code?: string
    message?: string
  }
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600
  const detail = withoutAddresses(String(message ?? error))
    .replace(/\s+/g, ' ')
    .slice(0, 300)
  const prefix = responseCode ? `SMTP ${responseCode}` : (code ?? 'Error')
  return { permanent, message: detail.startsWith(prefix) ? detail : `${prefix}: ${detail}` }
}

/** Thrown to the jobs queue so it tries again later; its message holds no personal data. */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RetryLater'
  }
}
