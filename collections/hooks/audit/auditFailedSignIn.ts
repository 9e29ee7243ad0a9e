import {
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { recordAuditEvent } from '../../../src/audit/auditWriter'
import { networkOfRequest } from '../../../src/audit/recordAudit'
import type { User } from '../../../src/payload-types'
import type { AuditAction } from '../../vocabularies'

/** Where a sign-in attempt keeps the email it was made with, for its failure's audit event. */
const SIGN_IN_EMAIL = 'auditSignInEmail'

/** Notes the email a staff sign-in is attempted with (over REST, GraphQL or the Local API). */
export const noteSignInAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email === 'string') {
      req.context[SIGN_IN_EMAIL] = email.toLowerCase().trim()
    }
  }
  return args
}

/** GraphQL hands the hook its own error wrapping Payload's. */
const payloadErrorOf = (error: Error) => (error as { originalError?: Error }).originalError ?? error

const isLocked = (lockUntil: string | null | undefined) =>
  Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())

/**
 * A refused staff sign-in (REST or GraphQL) is an audit event naming the account tried, if it
 * exists, never the email: `sign-in-failed`; `locked-out` when this failure locked the account
 * (Payload locks it after `maxLoginAttempts`); `sign-in-while-locked` when it was locked already.
 * The answer to the client is left as Payload made it.
 */
export const recordFailedSignIn: AfterErrorHook = async ({ error, req }) => {
  const email = req.context?.[SIGN_IN_EMAIL]
  const cause = payloadErrorOf(error)
  const whileLocked = cause instanceof LockedAuth
  // A wrong password (or any refusal a sign-in step answers 401 or 403, such as a second
  // factor's), not a malformed request (400).
  const refused =
    cause instanceof AuthenticationError ||
    [401, 403].includes((cause as { status?: number }).status ?? 0)
  if (typeof email !== 'string' || !(whileLocked || refused)) {
    return
  }
  delete req.context[SIGN_IN_EMAIL]
  const account = (await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    select: { role: true, lockUntil: true },
  })) as Pick<User, 'id' | 'role' | 'lockUntil'> | null
  const action: AuditAction = whileLocked
    ? 'sign-in-while-locked'
    : isLocked(account?.lockUntil)
      ? 'locked-out'
      : 'sign-in-failed'
  void recordAuditEvent(req.payload, {
    userId: account?.id ?? null,
    role: account?.role ?? null,
    action,
    collection: 'users',
    recordIds: account ? [account.id] : [],
    network: networkOfRequest(req),
  })
}
