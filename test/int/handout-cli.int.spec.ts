import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'

const run = promisify(execFile)
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('npm run handout', () => {
  it('writes a technique card and its email version to files', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const directory = await mkdtemp(path.join(tmpdir(), 'handout-cli-'))
    const out = path.join(directory, 'card.pdf')
    const email = path.join(directory, 'card.html')
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'handout',
        '--',
        '--technique',
        String(technique.id),
        '--out',
        out,
        '--email',
        email,
        '--paper',
        'letter',
      ],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    ).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
      throw new Error(`exit ${error.code}\n${error.stdout}\n${error.stderr}`)
    })
    expect(stdout).toContain(`Wrote ${out}`)
    expect(await pdfText(await readFile(out))).toContain(technique.name)
    expect(await readFile(email, 'utf8')).toContain(technique.name)
  })

  it('explains its usage when asked for nothing', async () => {
    await expect(
      run('npm', ['run', '--silent', 'handout'], { env: { ...process.env, NODE_OPTIONS: '' } }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Usage: npm run handout'),
    })
  })

  it('names an unknown option and shows its usage, without a stack trace', async () => {
    const failure = (await run('npm', ['run', '--silent', 'handout', '--', '--programme', '3'], {
      env: { ...process.env, NODE_OPTIONS: '' },
    }).catch((error: unknown) => error)) as { code: number; stderr: string }
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain("Unknown option '--programme'")
    expect(failure.stderr).toContain('Usage: npm run handout')
    expect(failure.stderr).not.toMatch(/\n\s+at /)
  })

  it('prints its usage for --help', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'handout', '--', '--help'], {
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    expect(stdout).toContain('Usage: npm run handout')
  })

  it('finds a technique by its slug', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const directory = await mkdtemp(path.join(tmpdir(), 'handout-cli-'))
    const email = path.join(directory, 'card.html')
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'handout',
        '--',
        '--technique',
        technique.slug!,
        '--out',
        path.join(directory, 'card.pdf'),
        '--email',
        email,
      ],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    )
    expect(stdout).toContain(`Wrote ${email}`)
    expect(await readFile(email, 'utf8')).toContain(technique.name)
  })

  it.each([
    ['--condition', 'no-such-condition', 'No condition with id or slug "no-such-condition".'],
    ['--technique', '999999999', 'No technique "999999999" is published.'],
    ['--program', '999999999', 'No program "999999999".'],
  ])('answers %s %s it cannot find with one line and exit 1', async (option, value, message) => {
    const failure = (await run('npm', ['run', '--silent', 'handout', '--', option, value], {
      env: { ...process.env, NODE_OPTIONS: '' },
    }).catch((error: unknown) => error)) as { code: number; stdout: string; stderr: string }
    expect(failure.stderr).toBe(`${message}\n`)
    expect(failure.code).toBe(1)
  })
})
