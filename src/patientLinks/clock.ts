/**
 * The time patient links are judged by (expiry, opened at, sent at). Tests set it to see a link
 * expire without waiting; everything else reads the real time.
 */
let current: () => Date = () => new Date()

export const linkClock = {
  now: (): Date => current(),
  set: (now: () => Date) => {
    current = now
  },
  reset: () => {
    current = () => new Date()
  },
}
