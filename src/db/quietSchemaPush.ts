import type { postgresAdapter } from '@payloadcms/db-postgres'

import { missingMembers } from '../seams/missingMembers'

type AdapterResult = ReturnType<typeof postgresAdapter>
type PushSchema = (...args: unknown[]) => Promise<unknown>

/**
 * The text of every frame drizzle-kit 0.31's push draws on standard output while it reads the
 * database (hanji's TaskTerminal, straight to process.stdout). test/int/quiet-schema-push
 * checks drizzle-kit still draws it, so a change of wording fails there, not in CI's logs.
 */
export const SPINNER_FRAME = 'Pulling schema from database'

/** Payload's adapter or drizzle-kit no longer has what the quiet push wraps. */
export class SchemaPushShapeError extends Error {
  name = 'SchemaPushShapeError'
  constructor(missing: readonly string[]) {
    super(
      `@payloadcms/db-postgres or drizzle-kit no longer has ${missing.join(', ')}: ` +
        'src/db/quietSchemaPush.ts needs updating (or set DATABASE_PUSH=false meanwhile)',
    )
  }
}

const requireShape = (missing: string[]) => {
  if (missing.length > 0) {
    throw new SchemaPushShapeError(missing)
  }
}

/**
 * Runs `work` with drizzle-kit's spinner frames kept out of standard output: drizzle-kit has no
 * option to draw none, so process.stdout.write is wrapped for the push's duration, here only.
 */
export const withoutSpinner = async <T>(work: () => Promise<T>): Promise<T> => {
  const write = process.stdout.write
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    String(chunk).includes(SPINNER_FRAME)
      ? true
      : (write as (...args: unknown[]) => boolean).call(
          process.stdout,
          chunk,
          ...rest,
        )) as typeof write
  try {
    return await work()
  } finally {
    process.stdout.write = write
  }
}

/**
 * The adapter with its schema push run without the spinner: the adapter's `requireDrizzleKit`
 * (which Payload's development push calls for drizzle-kit's `pushSchema`) is wrapped, each
 * checked to be there when first used.
 */
export const withQuietPush = (adapter: AdapterResult): AdapterResult => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    requireShape(missingMembers('PostgresAdapter', db, { requireDrizzleKit: 'function' }))
    const requireDrizzleKit = db.requireDrizzleKit
    db.requireDrizzleKit = () => {
      const kit = requireDrizzleKit()
      requireShape(missingMembers('drizzle-kit/api', kit, { pushSchema: 'function' }))
      const pushSchema = kit.pushSchema as PushSchema
      return {
        ...kit,
        pushSchema: ((...pushArgs: unknown[]) =>
          withoutSpinner(() => pushSchema(...pushArgs))) as typeof kit.pushSchema,
      }
    }
    return db
  },
})

/**
 * drizzle-kit draws a spinner while the development schema push reads the database; where
 * standard output is no terminal (a log file, CI, a pipe) every frame would become a line.
 * There, the push runs without it.
 */
export const quietSchemaPush = (adapter: AdapterResult): AdapterResult =>
  process.stdout.isTTY ? adapter : withQuietPush(adapter)
