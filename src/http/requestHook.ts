import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { missingMembers } from '../seams/missingMembers'
import { stampClientAddress } from './clientAddress'
import { requestHookState } from './requestHookState'

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

/** Node no longer has what the request hook replaces. */
export class RequestHookShapeError extends Error {
  name = 'RequestHookShapeError'
  constructor(missing: readonly string[]) {
    super(
      `Node ${process.version} no longer has ${missing.join(', ')}: src/http/requestHook.ts ` +
        'needs updating, or no request is stamped with its client’s address',
    )
  }
}

/**
 * Next's server offers no hook that sees a request's socket, and fills X-Forwarded-For from the
 * socket only when the client sent none: the one place that sees every request first is the
 * server's `request` event, which Node emits through http.Server.prototype.emit. This is the
 * one place that replaces it (installed once per process from src/instrumentation.ts); it
 * checks first that the method is there, and a request that arrives unstamped anyway is named
 * by clientAddress (whyUnstamped). test/unit/request-hook.spec.ts checks Node still emits
 * every request through it.
 */
export const installRequestHook = () => {
  const state = requestHookState()
  if (state.installed) {
    return
  }
  const prototype = http.Server.prototype
  const missing = missingMembers('http.Server.prototype', prototype, { emit: 'function' })
  if (missing.length > 0) {
    throw new RequestHookShapeError(missing)
  }
  state.installed = true
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      state.requests += 1
      handleIncoming(args[0] as IncomingMessage, args[1] as ServerResponse)
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
