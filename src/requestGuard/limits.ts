/** What one request may ask of the server. Each limit answers with a 4xx naming it. */
export const requestLimits = {
  /** A JSON body (a document is a few KB; a long rich-text article well under 1 MB). */
  jsonBodyBytes: 2 * 1024 * 1024,
  /** A multipart body: one image upload with its fields. */
  uploadBodyBytes: 20 * 1024 * 1024,
  /** Objects and arrays inside one another in a body: deep rich text nests about 10 levels. */
  nesting: 64,
  /** Documents in one page of a list. */
  listLimit: 100,
  /** Page numbers: 100 per page, a million documents. */
  page: 10_000,
  /** Values in one `in`, `not_in` or `all` condition. */
  listValues: 500,
  /** Conditions nested with `and` / `or`. */
  whereNesting: 8,
  /** Length of one value in a query. */
  queryValueLength: 1_000,
  /** Names, braces and values in one GraphQL query (a screen's query needs a few hundred). */
  graphQLTokens: 500,
  /** How deep relationships are populated (the admin and the handouts need 2). */
  depth: 2,
} as const

/** The largest id PostgreSQL's `integer` (our ids) holds. */
export const MAX_ID = 2_147_483_647
