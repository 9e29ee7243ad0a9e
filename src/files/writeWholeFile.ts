import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes `bytes` to `file` under a name of its own, then renames it into place: a reader never
 * sees half a file, and two writers of the same file at once never share a partial one.
 */
export const writeWholeFile = async (file: string, bytes: Uint8Array) => {
  await mkdir(path.dirname(file), { recursive: true })
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.part`)
  await writeFile(partial, bytes)
  await rename(partial, file)
}
