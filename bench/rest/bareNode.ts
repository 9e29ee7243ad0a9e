import { spawn } from 'node:child_process'

import { freePort } from '../../test/helpers/freePort'

const SERVER = `
const http = require('node:http')
http.createServer((request, response) => {
  response.setHeader('content-type', 'application/json')
  response.end('{"user":null}')
}).listen(Number(process.argv[1]), '127.0.0.1', () => console.log('ready'))
`

/** Bare Node answering what `GET /api/users/me` answers a visitor: the machine's own ceiling. */
export const startBareNode = async () => {
  const port = await freePort()
  const child = spawn(process.execPath, ['-e', SERVER, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`bare Node server exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}/api/users/me`,
    stop: () => {
      child.kill('SIGTERM')
    },
  }
}
