import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { readStoredFile } from '../../src/handouts/compose/storedFiles'
import { imageCache } from '../../src/handouts/imageCache'

const image = (key: string, text: string) => ({ key, data: new Uint8Array(Buffer.from(text)) })

/** An image cache whose work is counted: how often it really prepared something. */
const countingCache = (limits: { maxEntries: number; maxBytes: number }) => {
  let computed = 0
  const cached = imageCache<string>((value) => value.length, limits)
  const prepare = (key: string, text: string) =>
    cached(image(key, text), (bytes) => {
      computed += 1
      return bytes.toString('utf8').toUpperCase()
    })
  return { prepare, computed: () => computed }
}

describe('the prepared-image cache', () => {
  it('prepares the same bytes once, and changed bytes under the same key again', () => {
    const { prepare, computed } = countingCache({ maxEntries: 8, maxBytes: 1024 })
    expect(prepare('logo', 'abc')).toBe('ABC')
    expect(prepare('logo', 'abc')).toBe('ABC')
    expect(computed()).toBe(1)
    expect(prepare('logo', 'xyz')).toBe('XYZ')
    expect(computed()).toBe(2)
  })

  it('lets the least recently used image go when more are kept than allowed', () => {
    const { prepare, computed } = countingCache({ maxEntries: 2, maxBytes: 1024 })
    prepare('a', 'aaa')
    prepare('b', 'bbb')
    prepare('a', 'aaa')
    prepare('c', 'ccc')
    expect(computed()).toBe(3)
    prepare('a', 'aaa')
    expect(computed()).toBe(3)
    prepare('b', 'bbb')
    expect(computed()).toBe(4)
  })

  it('does not keep an image heavier than the memory allowed', () => {
    const { prepare, computed } = countingCache({ maxEntries: 8, maxBytes: 10 })
    prepare('big', 'a long illustration')
    prepare('big', 'a long illustration')
    expect(computed()).toBe(2)
  })
})

describe('stored files kept for the process', () => {
  it('serves the kept bytes while the version is the same, and reads a new version afresh', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'stored-files-')), 'ball.png')
    await writeFile(file, 'first')
    expect((await readStoredFile(file, 'v1')).toString()).toBe('first')
    await writeFile(file, 'second')
    expect((await readStoredFile(file, 'v1')).toString()).toBe('first')
    expect((await readStoredFile(file, 'v2')).toString()).toBe('second')
  })
})
