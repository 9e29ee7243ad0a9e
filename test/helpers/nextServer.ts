import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths'
import { freePort } from './freePort'

export const hasBuild = () => existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))

type Env = Record<string, string>

/**
 * Starts the built app (`next start`) on the tests' database and waits until it answers. `env`
 * may depend on the server's address (e.g. SERVER_URL, which also turns on Payload's CSRF
 * allowlist for cookie logins). `nodeArgs` start the server's Node with options of its own (a
 * CPU profile, say).
 */
export const startNextServer = async (
  env: Env | ((url: string) => Env) = {},
  { nodeArgs = [] }: { nodeArgs?: string[] } = {},
) => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')
  const args = [...nodeArgs, nextBin, 'start', '-p', String(port), '-H', '127.0.0.1']
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: projectRoot,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // The tests' own secret (test/setup/globalSetup.ts): links signed here open there.
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? '',
      ...(typeof env === 'function' ? env(url) : env),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/users/me`)
      if (response.status < 500) {
        return { url, output: () => output, stop: () => stopChild(child) }
      }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) {
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stopChild(child)
  throw new Error(`next start did not come up:\n${output}`)
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) {
      resolve()
      return
    }
    child.once('exit', () => resolve())
    // next start runs the server in a child of its own: end the whole process group.
    process.kill(-(child.pid as number), 'SIGTERM')
  })
