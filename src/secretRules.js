// @ts-check
// Plain JavaScript so that next.config.mjs (loaded by Node itself, before any bundler) and the
// TypeScript code share one rule. src/secret.ts is the entry point for the app's code.

export const MIN_SECRET_LENGTH = 32

/** Signs only the embedded (development) database's sessions and links. */
export const DEVELOPMENT_SECRET = 'clinic-cms-development-secret-not-for-production'

/** Secrets seen in templates, tutorials and our own history: never accepted for PostgreSQL. */
const KNOWN_DEFAULTS = [
  DEVELOPMENT_SECRET,
  'change-me-in-production',
  'change-me',
  'changeme',
  'change_me',
  'secret',
  'payload-secret',
  'payload_secret',
  'your-secret-here',
  'your-secret',
  'mysecret',
  'supersecret',
  'password',
  'e2e-test-secret',
  'bench-page-secret',
  'bench-rest-secret',
  'ci',
]

export const HOW_TO_MAKE_ONE =
  "Make one with `openssl rand -base64 32` (or `node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64'))\"`) " +
  'and set PAYLOAD_SECRET to it, the same value for every process of the clinic (web server, ' +
  'worker, commands). It signs staff sessions and patient links: keep it out of version control.'

/**
 * True when this process talks to the embedded database: no DATABASE_URL, or a command that
 * opened the embedded database for itself (EMBEDDED_DATABASE=1).
 * @param {Record<string, string | undefined>} env
 */
export const usesEmbeddedDatabase = (env) => !env.DATABASE_URL || env.EMBEDDED_DATABASE === '1'

/**
 * Why `secret` may not sign for a PostgreSQL database, or undefined when it may.
 * @param {string | undefined} secret
 * @returns {string | undefined}
 */
export const secretProblem = (secret) => {
  if (!secret) {
    return 'PAYLOAD_SECRET is not set.'
  }
  const lowered = secret.trim().toLowerCase()
  if (
    KNOWN_DEFAULTS.some((known) => lowered.includes(known) && lowered.length < known.length + 16)
  ) {
    return 'PAYLOAD_SECRET is a published default (or the development secret), which anyone can use to sign in and to open every patient link.'
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET has ${secret.length} characters; it needs at least ${MIN_SECRET_LENGTH} random ones.`
  }
  if (new Set(secret).size < 8) {
    return 'PAYLOAD_SECRET repeats a few characters; it needs at least 32 random ones.'
  }
  return undefined
}

/** A process refused to start because PAYLOAD_SECRET cannot protect a PostgreSQL database. */
export class SecretRefused extends Error {
  /** @param {string} problem */
  constructor(problem) {
    super(
      `${problem} A process that uses a PostgreSQL database (DATABASE_URL) needs a secret of at ` +
        `least ${MIN_SECRET_LENGTH} random characters, whatever NODE_ENV says; the development ` +
        `secret serves only the embedded database. ${HOW_TO_MAKE_ONE}`,
    )
    this.name = 'SecretRefused'
    // A refusal is the operator's to fix, not a bug: the message is all there is to say.
    this.stack = `${this.name}: ${this.message}`
  }
}

/**
 * The secret this process signs with. `next build` needs none; the embedded database may use
 * the development secret; a PostgreSQL database needs a real one, or the process stops here.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export const resolveSecret = (env = process.env) => {
  const secret = env.PAYLOAD_SECRET
  if (env.NEXT_PHASE === 'phase-production-build' || usesEmbeddedDatabase(env)) {
    return secret || DEVELOPMENT_SECRET
  }
  const problem = secretProblem(secret)
  if (problem) {
    throw new SecretRefused(problem)
  }
  return /** @type {string} */ (secret)
}
