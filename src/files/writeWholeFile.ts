import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

const isMissingFolder = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

/**
 * Writes `bytes` to `file` under a name of its own, then renames it into place: a reader never
 * sees half a file, and two writers of the same file at once never share a partial one. The
 * folder is made when it is missing.
 */
export const writeWholeFile = async (file: string, bytes: Uint8Array) => {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.part`)
  await writeFile(partial, bytes).catch(async (error: unknown) => {
    if (!isMissingFolder(error)) {
      throw error
    }
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(partial, bytes)
  })
  await rename(partial, file)
}
