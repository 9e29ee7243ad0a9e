import { resolveSecret } from './secretRules.js'

export { DEVELOPMENT_SECRET, SecretRefused, secretProblem } from './secretRules.js'

/**
 * PAYLOAD_SECRET, checked: any process on a PostgreSQL database (web server, worker, commands,
 * seed, `payload migrate`) refuses to start without a real secret (at least 32 characters, not a
 * known default, not the development one), whatever NODE_ENV says. The development secret
 * serves only the embedded database; `next build` needs no secret. The rules live in
 * secretRules.js, which next.config.mjs also reads so `next start` stops before it listens.
 */
export const payloadSecret = (): string => resolveSecret(process.env)
