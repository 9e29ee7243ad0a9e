import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { writeWholeFile } from '../../src/files/writeWholeFile'

const folders: string[] = []
const freshFolder = async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'whole-file-'))
  folders.push(folder)
  return folder
}
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))))

describe('writing a whole file', () => {
  it('makes a missing folder, and leaves only the finished file behind', async () => {
    const root = await freshFolder()
    const file = path.join(root, 'deliveries', 'nested', 'delivery-1.pdf')
    await writeWholeFile(file, Buffer.from('%PDF-1.7 first'))
    await writeWholeFile(file, Buffer.from('%PDF-1.7 second'))

    expect(await readFile(file, 'utf8')).toBe('%PDF-1.7 second')
    expect(await readdir(path.dirname(file))).toEqual(['delivery-1.pdf'])
  })

  it('says why when the folder cannot be made', async () => {
    const root = await freshFolder()
    await writeWholeFile(path.join(root, 'taken'), Buffer.from('a file, not a folder'))

    await expect(
      writeWholeFile(path.join(root, 'taken', 'x.pdf'), Buffer.from('x')),
    ).rejects.toThrow(/ENOTDIR|EEXIST/)
  })
})
