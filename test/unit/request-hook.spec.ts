import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, describe, expect, it, jest } from '@jest/globals'

import { CLIENT_ADDRESS_HEADER, clientAddress } from '../../src/http/clientAddress'
import { installRequestHook } from '../../src/http/requestHook'
import { requestHookState, whyUnstamped } from '../../src/http/requestHookState'

const original = Object.getOwnPropertyDescriptor(http.Server.prototype, 'emit')

afterAll(() => {
  // Node's own emit back, for the test files that run after this one in the same process.
  if (original) {
    Object.defineProperty(http.Server.prototype, 'emit', original)
  } else {
    delete (http.Server.prototype as { emit?: unknown }).emit
  }
  requestHookState().installed = false
})

/** The headers a plain Node server's handler sees for one request sent with `headers`. */
const seenBy = async (headers: Record<string, string>) => {
  const server = http.createServer((request, response) => {
    response.end(JSON.stringify(request.headers))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers })
    return (await response.json()) as Record<string, string>
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
}

describe('the request hook (src/http/requestHook)', () => {
  it('says, for a request that was not stamped, that the hook is not installed', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect(clientAddress(new Request('http://clinic.test/p/x'))).toBe('unknown')
      expect(warn.mock.calls[0]?.[0]).toMatch(/request hook .* is not installed in this process/)
    } finally {
      warn.mockRestore()
    }
  })

  it("stamps every request a Node server receives, before the server's own handler runs", async () => {
    delete process.env.TRUSTED_PROXIES
    installRequestHook()
    const headers = await seenBy({
      'X-Forwarded-For': '198.51.100.7',
      [CLIENT_ADDRESS_HEADER]: '1.2.3.4',
    })
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1')
    expect(headers['x-forwarded-for']).toBe('127.0.0.1')
    expect(requestHookState().requests).toBeGreaterThanOrEqual(1)
  })

  it('says, once installed, that a request arriving unstamped went around it', () => {
    expect(whyUnstamped(CLIENT_ADDRESS_HEADER)).toMatch(
      /although the request hook is installed .* src\/http\/requestHook\.ts needs updating/,
    )
  })
})
