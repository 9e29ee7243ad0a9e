import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '../../src/payload.config'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

const readBody = async (request: http.IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Serves Payload's REST routes (the same handlers the Next app mounts at /api) over real HTTP
 * on a loopback port, so tests speak HTTP without building the Next app.
 */
export const startRestServer = async () => {
  const server = http.createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`)
    const handler = handlers[incoming.method as keyof typeof handlers]
    if (!handler || !url.pathname.startsWith('/api/')) {
      outgoing.writeHead(404).end()
      return
    }
    const body = await readBody(incoming)
    const request = new Request(url, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: body.length ? body : undefined,
    })
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
