import type { IncomingMessage } from 'node:http'
import { isIPv4, isIPv6 } from 'node:net'

import proxyAddr from 'proxy-addr'

import { whyUnstamped } from './requestHookState'

/**
 * The header the server writes on every incoming request with the client's address, worked
 * out from the socket (and X-Forwarded-For only through trusted proxies). Whatever a client
 * sends under this name is overwritten.
 */
export const CLIENT_ADDRESS_HEADER = 'x-clinic-client-address'

type Trust = (address: string, hop: number) => boolean

let compiled: { setting: string; trust: Trust | undefined } | undefined

/**
 * The proxies whose X-Forwarded-For is believed: `TRUSTED_PROXIES`, comma-separated addresses,
 * CIDR ranges or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`). Unset or empty:
 * none, and the socket's address is the client's.
 */
export const trustedProxies = (): Trust | undefined => {
  const setting = process.env.TRUSTED_PROXIES ?? ''
  if (compiled?.setting !== setting) {
    const entries = setting
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    let trust: Trust | undefined
    try {
      trust = entries.length ? proxyAddr.compile(entries) : undefined
    } catch (error) {
      throw new Error(
        `TRUSTED_PROXIES must list addresses, CIDR ranges or loopback/linklocal/uniquelocal, comma-separated: ${(error as Error).message}`,
      )
    }
    compiled = { setting, trust }
  }
  return compiled.trust
}

/**
 * One form per client, short and bounded: IPv4 (also when mapped into IPv6) as dotted quad,
 * IPv6 as its /64 (one subscriber's usual share, so rotating within it does not help), and
 * anything else as `unknown`.
 */
export const normaliseAddress = (address: string | undefined): string => {
  const value = (address ?? '').trim().slice(0, 64)
  const v4 = value.replace(/^::ffff:/i, '')
  if (isIPv4(v4)) {
    return v4
  }
  if (isIPv6(value)) {
    return `${expandIPv6(value).slice(0, 4).join(':')}::/64`
  }
  return 'unknown'
}

const expandIPv6 = (address: string): string[] => {
  const [head, tail = ''] = address.split('%')[0].toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  const missing = 8 - left.length - right.length
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right]
    : left
  return groups.map((group) =>
    /^[0-9a-f]{1,4}$/.test(group) ? String(Number.parseInt(group, 16).toString(16)) : '0',
  )
}

/**
 * The client's address for a request arriving on `socketAddress`: the socket's own address,
 * unless it is a trusted proxy, in which case X-Forwarded-For is read from the right, hop by
 * hop, up to the first address that is not a trusted proxy (proxy-addr's rule).
 */
export const resolveClientAddress = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
): string => {
  const trust = trustedProxies()
  if (!trust || !socketAddress) {
    return normaliseAddress(socketAddress)
  }
  const headers = {
    'x-forwarded-for': Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
  }
  const request = {
    headers,
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
  }
  return normaliseAddress(proxyAddr(request as unknown as IncomingMessage, trust))
}

/**
 * Called by the server for each incoming request before anything else reads it: writes the
 * client's address in CLIENT_ADDRESS_HEADER and as the only X-Forwarded-For entry (Next fills
 * X-Forwarded-For from the socket only when a client did not send one, and keeps a client's own
 * otherwise), so nothing further in can be told another address by the client.
 */
export const stampClientAddress = (request: IncomingMessage) => {
  const address = resolveClientAddress(
    request.socket?.remoteAddress,
    request.headers['x-forwarded-for'],
  )
  request.headers[CLIENT_ADDRESS_HEADER] = address
  request.headers['x-forwarded-for'] = address
}

let warned = false

/**
 * The client's address as the server stamped it (see stampClientAddress): for the patient
 * pages' lookup limit, the network a visit is recorded from and the audit trail. A request that
 * did not pass through the stamp counts as `unknown` (all such requests share one limit) rather
 * than believing a header the client may have written, and the first such request says why.
 */
export const clientAddress = (request: Request): string => {
  const stamped = request.headers.get(CLIENT_ADDRESS_HEADER)
  if (stamped) {
    return normaliseAddress(stamped)
  }
  if (!warned) {
    warned = true
    console.warn(whyUnstamped(CLIENT_ADDRESS_HEADER))
  }
  return 'unknown'
}

/** The network an address is in (IPv4 /24, IPv6 /48): what is recorded of a visit. */
export const networkOf = (address: string): string => {
  const v4 = address.replace(/^::ffff:/i, '')
  if (isIPv4(v4)) {
    return `${v4.split('.').slice(0, 3).join('.')}.0/24`
  }
  const v6 = address.replace(/::\/64$/, '')
  if (isIPv6(address) || isIPv6(`${v6}::`)) {
    const groups = isIPv6(address) ? expandIPv6(address) : expandIPv6(`${v6}::`)
    return `${groups.slice(0, 3).join(':')}::/48`
  }
  return 'unknown'
}
