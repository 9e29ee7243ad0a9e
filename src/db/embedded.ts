import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

import { dataDir } from '../paths'

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329)

export const embeddedUrl = (port: number = EMBEDDED_PORT) =>
  `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`

/** True when this process (or the one that started it) talks to the embedded database. */
export const usesEmbeddedDatabase = () => !process.env.DATABASE_URL || process.env.EMBEDDED_DATABASE === '1'

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; description: string }

/**
 * Serves a PGlite database over the PostgreSQL wire protocol, so Payload's ordinary postgres
 * adapter talks to it. `memory` keeps nothing on disk (tests); otherwise it lives in
 * `data/pglite`. The server multiplexes several connections onto PGlite's single one: the
 * adapter holds one client for itself, so one connection would deadlock.
 */
export const startEmbeddedDatabase = async ({
  memory = false,
  port = EMBEDDED_PORT,
}: { memory?: boolean; port?: number } = {}): Promise<EmbeddedDatabase> => {
  const directory = path.join(dataDir, 'pglite')
  if (!memory) {
    await mkdir(directory, { recursive: true })
  }
  const db = await PGlite.create(memory ? 'memory://' : directory)
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 32 })
  await server.start()
  const address = (server as unknown as { server?: net.Server }).server?.address()
  const boundPort = address && typeof address === 'object' ? address.port : port
  return {
    url: embeddedUrl(boundPort),
    description: memory ? 'embedded PGlite in memory' : `embedded PGlite in ${path.relative(process.cwd(), directory) || directory}`,
    stop: async () => {
      await server.stop()
      await db.close()
    },
  }
}

export const isListening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * For CLIs: use `DATABASE_URL` when set, else the embedded database a running `npm run dev`
 * already serves, else start it here for the length of the command.
 */
export const ensureDatabase = async (): Promise<EmbeddedDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, description: 'DATABASE_URL' }
  }
  process.env.EMBEDDED_DATABASE = '1'
  if (await isListening(EMBEDDED_PORT)) {
    process.env.DATABASE_URL = embeddedUrl()
    return {
      url: embeddedUrl(),
      stop: async () => {},
      description: 'embedded PGlite served by a running npm run dev',
    }
  }
  const embedded = await startEmbeddedDatabase()
  process.env.DATABASE_URL = embedded.url
  return embedded
}
