/** A local day (`YYYY-MM-DD`) as "Thu 3 Dec", the same wherever the server runs. */
export const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })

/** A moment as "3 Dec 2026, 14:05" in the server's locale-neutral form. */
export const moment = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
