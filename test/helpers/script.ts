import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../src/paths'

/**
 * Runs one of the project's command-line scripts (as its npm script would) in its own process
 * group, collecting everything it prints. An `env` entry set to undefined is left out.
 */
export const startScript = (
  script: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
) => {
  const merged = { ...process.env, NODE_OPTIONS: '--conditions=production', ...env }
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: projectRoot,
    detached: true,
    env: Object.fromEntries(
      Object.entries(merged).filter(([, value]) => value !== undefined),
    ) as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const listeners = new Set<() => void>()
  const collect = (chunk: Buffer) => {
    output += chunk
    listeners.forEach((listener) => listener())
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    output: () => output,
    exited,
    /** Resolves once the script has printed `text`; rejects if it exits first. */
    printed: (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.includes(text)) {
            listeners.delete(check)
            resolve()
          }
        }
        listeners.add(check)
        check()
        void exited.then(() => reject(new Error(`exited before printing "${text}":\n${output}`)))
      }),
    /** Kills the script and everything it started, at once, as a crash would. */
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid!, 'SIGKILL')
      }
      await exited
    },
  }
}
