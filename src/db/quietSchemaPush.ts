import type { postgresAdapter } from '@payloadcms/db-postgres'

type AdapterResult = ReturnType<typeof postgresAdapter>
type PushSchema = (...args: unknown[]) => Promise<unknown>

const spinnerFrame = 'Pulling schema from database'

/** Runs `work` with drizzle-kit's spinner frames kept out of standard output. */
const withoutSpinner = async <T>(work: () => Promise<T>): Promise<T> => {
  const write = process.stdout.write
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    String(chunk).includes(spinnerFrame)
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
 * drizzle-kit draws a spinner while the development schema push reads the database; where
 * standard output is no terminal (a log file, CI, a pipe) every frame would become a line.
 * There, the push runs without it.
 */
export const quietSchemaPush = (adapter: AdapterResult): AdapterResult => {
  if (process.stdout.isTTY) {
    return adapter
  }
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const requireDrizzleKit = db.requireDrizzleKit
      db.requireDrizzleKit = () => {
        const kit = requireDrizzleKit()
        const pushSchema = kit.pushSchema as PushSchema
        return {
          ...kit,
          pushSchema: ((...pushArgs: unknown[]) =>
            withoutSpinner(() => pushSchema(...pushArgs))) as typeof kit.pushSchema,
        }
      }
      return db
    },
  }
}
