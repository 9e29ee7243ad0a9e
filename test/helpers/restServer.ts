import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import { guardedRoutes } from '../../src/requestGuard/guardedRoutes'
import config from '../../src/payload.config'
import { stampClientAddress } from '../../src/http/clientAddress'
import { respondToPatient } from '../../src/patientPage/respond'
import { savePatientForm } from '../../src/patientPage/save'

const routes = guardedRoutes(config)
const handlers = {
  GET: routes.GET,
  POST: routes.POST,
  PATCH: routes.PATCH,
  PUT: routes.PUT,
  DELETE: routes.DELETE,
}

const readBody = async (request: http.IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** A request's body as a stream; what the handler leaves unread is read and dropped. */
const streamOf = (incoming: http.IncomingMessage) => {
  let open = true
  return new ReadableStream<Uint8Array>({
    start(controller) {
      incoming.on('data', (chunk: Buffer) => open && controller.enqueue(new Uint8Array(chunk)))
      incoming.on('end', () => {
        if (open) {
          open = false
          controller.close()
        }
      })
    },
    cancel() {
      open = false
    },
  })
}

/**
 * Serves Payload's REST and GraphQL routes (the same guarded handlers the Next app mounts at /api)
 * and the patient pages (/p/…, as the Next app's route does) over real HTTP
 * on a loopback port, so tests speak HTTP without building the Next app.
 */
export const startRestServer = async () => {
  const server = http.createServer(async (incoming, outgoing) => {
    // As the Next app's request hook does for every request (src/http/requestHook.ts): the
    // client's address from the socket, and from X-Forwarded-For only through TRUSTED_PROXIES.
    stampClientAddress(incoming)
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`)
    if (url.pathname === '/api/graphql' && incoming.method === 'POST') {
      const body = await readBody(incoming)
      const request = new Request(url, {
        method: 'POST',
        headers: incoming.headers as Record<string, string>,
        body: body.length ? body : undefined,
      })
      const response = await routes.GRAPHQL(request)
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
      return
    }
    if (url.pathname.startsWith('/p/') && incoming.method === 'GET') {
      const headers = new Headers(incoming.headers as Record<string, string>)
      const segments = url.pathname.slice('/p/'.length).split('/').map(decodeURIComponent)
      const response = await respondToPatient(
        await getPayload({ config }),
        new Request(url, { headers }),
        segments,
      )
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
      return
    }
    if (url.pathname.startsWith('/p/') && incoming.method === 'POST') {
      // The body streams through, as Next passes it: the page's own limit applies while reading.
      const headers = new Headers(incoming.headers as Record<string, string>)
      const segments = url.pathname.slice('/p/'.length).split('/').map(decodeURIComponent)
      const response = await savePatientForm(
        await getPayload({ config }),
        new Request(url, {
          method: 'POST',
          headers,
          body: streamOf(incoming),
          duplex: 'half',
        } as RequestInit),
        segments,
      )
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
      return
    }
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
    // Decoded segment by segment, as Next decodes a catch-all route's params.
    const slug = url.pathname
      .slice('/api/'.length)
      .split('/')
      .filter(Boolean)
      .map((segment) => {
        try {
          return decodeURIComponent(segment)
        } catch {
          return segment
        }
      })
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
