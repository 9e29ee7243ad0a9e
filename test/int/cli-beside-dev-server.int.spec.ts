import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { seed } from '../../seeds/seed'
import { startPayload, stopPayload } from '../helpers/payload'
import { startScript } from '../helpers/script'

let payload: Payload
let devServer: http.Server
const held: Socket[] = []

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  // Stands in for `next dev`: it takes the connection Payload opens for its config reloads in
  // development, and never answers it.
  devServer = http.createServer()
  devServer.on('upgrade', (_request, socket: Socket) => held.push(socket))
  devServer.on('request', (_request, response) => held.push(response.socket as Socket))
  await new Promise<void>((resolve) => devServer.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  held.forEach((socket) => socket.destroy())
  await new Promise<void>((resolve) => devServer.close(() => resolve()))
  await stopPayload(payload)
})

describe('a command run while the dev server is up', () => {
  it('writes its handout and exits by itself', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'handout-'))
    const out = path.join(folder, 'effleurage.pdf')
    const script = startScript('src/cli/handout.ts', ['--technique', 'effleurage', '--out', out], {
      NODE_ENV: 'development',
      PORT: String((devServer.address() as AddressInfo).port),
      DATABASE_PUSH: 'false',
    })
    const timer = setTimeout(() => script.kill(), 60_000)
    const code = await script.exited
    clearTimeout(timer)
    expect({ code, output: script.output() }).toMatchObject({ code: 0 })
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-')
    await rm(folder, { recursive: true, force: true })
  })
})
