import type { GlobalConfig } from 'payload'

const nobody = () => false

/**
 * How many times the library (everything a visitor may read) has changed. Each save or delete
 * of library content adds one in the same transaction (`hooks/libraryChanged.ts`), and the
 * cache of visitors' reads (`src/edge/libraryReadCache.ts`) keeps an answer only while the
 * number it was made under stands, so every app process sees a change the moment it commits.
 */
export const LibraryState: GlobalConfig = {
  slug: 'library-state',
  admin: { hidden: true },
  access: { read: nobody, update: nobody, readVersions: nobody },
  fields: [{ name: 'generation', type: 'number', required: true, defaultValue: 0 }],
}
