import pg from 'pg'

/**
 * The SQL statements this process sends to PostgreSQL while `work` runs, as their text: every
 * statement node-postgres sends passes through a client's `query`, the pool's included.
 */
export const statementsDuring = async <T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> => {
  const statements: string[] = []
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const query = prototype.query
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config] = args
    statements.push(
      typeof config === 'string' ? config : String((config as { text?: string })?.text),
    )
    return query.apply(this, args)
  }
  try {
    return { result: await work(), statements }
  } finally {
    prototype.query = query
  }
}
