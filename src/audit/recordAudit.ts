import type { PayloadRequest } from 'payload'

import type { AuditAction, AuditedCollection } from '../../collections/vocabularies'
import type { User } from '../payload-types'
import { CLIENT_ADDRESS_HEADER, clientAddress, networkOf } from '../http/clientAddress'
import { recordAuditEvent } from './auditWriter'

export type AuditRecord = {
  action: AuditAction
  collection: AuditedCollection
  /** The records acted on: ids only. */
  ids?: Array<number | string>
}

/** A signed-in staff member (the `users` collection), as opposed to a server-internal call. */
export const staffOf = (req: Pick<PayloadRequest, 'user'>): User | undefined =>
  req.user?.collection === 'users' ? (req.user as User) : undefined

/**
 * The network (/24 or /48) of the client that made the request, never its full address: from
 * the address the server stamped on it. A Local API call made in the server (no client) is
 * `unknown`.
 */
export const networkOfRequest = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers?.has(CLIENT_ADDRESS_HEADER)
    ? networkOf(clientAddress({ headers: req.headers } as Request))
    : 'unknown'

/**
 * Records that the request's staff member did `action` on `ids` of `collection`: who, role,
 * when and the client's network are taken from the request. A request without a staff user
 * (the server's own Local API calls, a patient's link) records nothing. Never waits for the
 * database and never throws: `await` it only to know the event is stored.
 */
export const recordAudit = (
  req: Pick<PayloadRequest, 'user' | 'headers' | 'payload'>,
  { action, collection, ids = [] }: AuditRecord,
): Promise<void> => {
  const staff = staffOf(req)
  if (!staff) {
    return Promise.resolve()
  }
  return recordAuditEvent(req.payload, {
    userId: staff.id,
    role: staff.role ?? null,
    action,
    collection,
    recordIds: ids,
    network: networkOfRequest(req),
  })
}
