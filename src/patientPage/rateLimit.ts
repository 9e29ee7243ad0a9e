import { LRUCache } from 'lru-cache'

/** Link lookups one client address may make per minute (page, PDF and images alike). */
export const lookupsPerMinute = () => Number(process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE ?? 120)

type Window = { start: number; count: number }

/** Windows of the last 50,000 addresses: a flood of new addresses forgets the oldest. */
const windows = new LRUCache<string, Window>({ max: 50_000 })

/** Counts a lookup for `address`; false once it has made too many this minute. */
export const allowLookup = (address: string, now = Date.now()): boolean => {
  const window = windows.get(address)
  if (!window || now - window.start >= 60_000) {
    windows.set(address, { start: now, count: 1 })
    return true
  }
  window.count += 1
  return window.count <= lookupsPerMinute()
}
