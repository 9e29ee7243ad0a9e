import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../src/paths'

/**
 * Runs one of the project's command-line scripts (as its npm script would) in its own process
 * group, collecting everything it prints.
 */
export const startScript = (script: string, args: string[] = [], env: Record<string, string> = {}) => {
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: projectRoot,
    detached: true,
    env: { ...process.env, NODE_OPTIONS: '--conditions=production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    output: () => output,
    exited,
    /** Kills the script and everything it started, at once, as a crash would. */
    kill: async () => {
      if (child.exitCode === null) {
        process.kill(-child.pid!, 'SIGKILL')
      }
      await exited
    },
  }
}
