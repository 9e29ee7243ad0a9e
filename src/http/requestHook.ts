import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { stampClientAddress } from '../patientPage/clientAddress'

const installed = Symbol.for('clinic-cms.requestHook')

/** Strict-Transport-Security for staff pages and the API, when the site is served over https. */
export const strictTransportSecurity = (): string | undefined =>
  process.env.SERVER_URL?.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : undefined

const staffPath = /^\/(admin|api)(\/|\?|$)/

/**
 * Runs first for every request this process's HTTP servers receive (before Next reads it): the
 * client's address is worked out from the socket and trusted proxies only (stampClientAddress),
 * and staff pages and the API get HSTS under an https SERVER_URL (decided when the server runs,
 * not when it was built; the other staff headers are in next.config.mjs).
 */
export const handleIncoming = (request: IncomingMessage, response: ServerResponse) => {
  stampClientAddress(request)
  const hsts = strictTransportSecurity()
  if (hsts && staffPath.test(request.url ?? '')) {
    response.setHeader('Strict-Transport-Security', hsts)
  }
}

/**
 * Next's server offers no hook that sees a request's socket, and fills X-Forwarded-For from the
 * socket only when the client sent none: the one place that sees every request first is the
 * server's `request` event. Installed once per process from src/instrumentation.ts.
 */
export const installRequestHook = () => {
  const prototype = http.Server.prototype as http.Server & { [installed]?: boolean }
  if (prototype[installed]) {
    return
  }
  prototype[installed] = true
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      handleIncoming(args[0] as IncomingMessage, args[1] as ServerResponse)
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
