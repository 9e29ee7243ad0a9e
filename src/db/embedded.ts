import net from 'node:net'
import path from 'node:path'

import { dataDir } from '../paths'
import { readHolder, shortPath } from './embeddedHolder'

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329)

/** The folder the embedded database keeps its files in. */
export const embeddedDirectory = () => path.join(dataDir, 'pglite')

export const embeddedUrl = (
  port: number = readHolder(embeddedDirectory())?.port ?? EMBEDDED_PORT,
) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`

/** True when this process (or the one that started it) talks to the embedded database. */
export const usesEmbeddedDatabase = () =>
  !process.env.DATABASE_URL || process.env.EMBEDDED_DATABASE === '1'

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; description: string }

/**
 * Serves a PGlite database over the PostgreSQL wire protocol, so Payload's ordinary postgres
 * adapter talks to it. `memory` keeps nothing on disk (tests); otherwise it lives in
 * `data/pglite`, and the caller must hold that folder's lock (see `ensureDatabase`). The
 * server multiplexes several connections onto PGlite's single one: the adapter holds one
 * client for itself, so one connection would deadlock.
 */
export const startEmbeddedDatabase = async ({
  memory = false,
  port = EMBEDDED_PORT,
}: { memory?: boolean; port?: number } = {}): Promise<EmbeddedDatabase & { port: number }> => {
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
  ])
  const directory = embeddedDirectory()
  const db = await PGlite.create(memory ? 'memory://' : directory)
  // The socket server tells only the port it was asked for: for "any port", one is found free
  // first (and found again should another process take it in between).
  for (let attempt = 1; ; attempt++) {
    const boundPort = port === 0 ? await freeLoopbackPort() : port
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: boundPort,
      maxConnections: 32,
    })
    try {
      await server.start()
      return started(db, server, boundPort, memory ? undefined : directory)
    } catch (error) {
      if (port !== 0 || attempt >= 3 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
        await db.close()
        throw error
      }
    }
  }
}

const started = (
  db: { close: () => Promise<void> },
  server: { stop: () => Promise<void> },
  boundPort: number,
  directory: string | undefined,
): EmbeddedDatabase & { port: number } => ({
  url: embeddedUrl(boundPort),
  port: boundPort,
  description: directory
    ? `embedded PGlite in ${shortPath(directory)}`
    : 'embedded PGlite in memory',
  stop: async () => {
    await server.stop()
    await db.close()
  },
})

/** A loopback port nothing listens on just now. */
const freeLoopbackPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

export const isListening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
