import type { GlobalConfig } from 'payload'

const nobody = () => false

/**
 * How many times the library (everything a visitor may read) has changed. Each save or delete
 * of library content adds one in the same transaction (`hooks/libraryChanged.ts`); the cache of
 * visitors' reads (`src/requestGuard/visitorReadCache.ts`) and the delivery's kept library documents
 * (`src/delivery/reads/deliveryReadCache.ts`) keep what they read only while the number they
 * read it under stands (`src/db/libraryGeneration.ts`).
 */
export const LibraryState: GlobalConfig = {
  slug: 'library-state',
  admin: { hidden: true },
  access: { read: nobody, update: nobody, readVersions: nobody },
  fields: [{ name: 'generation', type: 'number', required: true, defaultValue: 0 }],
}
