/**
 * A link's address as a reader types it from paper: no scheme, no "www.", no tracking
 * parameters, no trailing slash ("https://www.arthritis.org/pain/?utm_source=x" becomes
 * "arthritis.org/pain"); an email address or phone number on its own.
 */
export const printedAddress = (url: string): string => {
  const trimmed = url.trim()
  const contact = /^(mailto|tel):([^?]*)/i.exec(trimmed)
  if (contact) {
    return decodeURIComponent(contact[2])
  }
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return trimmed
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$)/i.test(key)) {
      parsed.searchParams.delete(key)
    }
  }
  const host = parsed.host.replace(/^www\./i, '')
  const path = parsed.pathname.replace(/\/+$/, '')
  return `${host}${path}${parsed.search}`
}

/** The link's own text already says where it goes. */
export const saysItsAddress = (text: string, url: string) => {
  const written = text.trim()
  const address = printedAddress(url).toLowerCase()
  return [written, `https://${written}`, `mailto:${written}`].some(
    (candidate) => printedAddress(candidate).toLowerCase() === address,
  )
}
