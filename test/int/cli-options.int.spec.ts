import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { beforeAll, describe, expect, it } from '@jest/globals'

const run = promisify(execFile)
const commands = ['handout', 'send', 'jobs', 'seed', 'dev'] as const

/** Runs `npm run <command> -- <args>` as a user would, and what it printed and returned. */
const npmRun = async (command: string, args: string[]) => {
  const result = await run('npm', ['run', '--silent', command, '--', ...args], {
    env: { ...process.env, NODE_OPTIONS: '' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
  return { code: result.code, stdout: result.stdout, stderr: result.stderr }
}

const help = ['--help']
const unknown = ['--colour', 'blue']
const results = new Map<string, ReturnType<typeof npmRun>>()
const resultOf = (command: string, args: string[]) => {
  const key = [command, ...args].join(' ')
  if (!results.has(key)) {
    results.set(key, npmRun(command, args))
  }
  return results.get(key) as ReturnType<typeof npmRun>
}

// Each command starts Node and tsx, a second or two of waiting: all of them start at once, and
// each test reads its own command's result.
beforeAll(() => {
  for (const command of commands) {
    void resultOf(command, help)
    void resultOf(command, unknown)
  }
})

describe('the command-line tools', () => {
  it.each(commands)('npm run %s -- --help prints its usage and exits 0', async (command) => {
    const { code, stdout, stderr } = await resultOf(command, help)
    expect(stdout).toMatch(new RegExp(`^Usage: npm run ${command}`))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it.each(commands)(
    'npm run %s names an unknown option, shows its usage and exits 2, without a stack trace',
    async (command) => {
      const { code, stdout, stderr } = await resultOf(command, unknown)
      expect(stderr).toContain("Unknown option '--colour'")
      expect(stderr).toContain(`Usage: npm run ${command}`)
      expect(stderr).not.toMatch(/\n\s+at /)
      expect(stdout).toBe('')
      expect(code).toBe(2)
    },
  )
})
