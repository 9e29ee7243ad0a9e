import { isIPv4, isIPv6 } from 'node:net'

/**
 * The client's address: the last X-Forwarded-For entry, the one the server (Next fills it from
 * the socket when absent) or the reverse proxy in front of it wrote.
 */
export const clientAddress = (request: Request): string => {
  const forwarded = request.headers.get('x-forwarded-for') ?? ''
  const last = forwarded.split(',').pop()?.trim() ?? ''
  return last || 'unknown'
}

/** The network an address is in (IPv4 /24, IPv6 /48): what is recorded of a visit. */
export const networkOf = (address: string): string => {
  const v4 = address.replace(/^::ffff:/i, '')
  if (isIPv4(v4)) {
    return `${v4.split('.').slice(0, 3).join('.')}.0/24`
  }
  if (isIPv6(address)) {
    const [head] = address.split('::')
    const groups = head.split(':').filter(Boolean)
    return `${[...groups, '0', '0', '0'].slice(0, 3).join(':')}::/48`
  }
  return 'unknown'
}
