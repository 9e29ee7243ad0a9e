import type { CollectionAfterOperationHook } from 'payload'

import { recordAudit } from '../../../src/audit/recordAudit'
import type { AuditAction, AuditedCollection } from '../../vocabularies'

/** Payload's operations that read or change records, as audit actions. */
const actions: Partial<Record<string, AuditAction>> = {
  find: 'list',
  findByID: 'read',
  create: 'create',
  update: 'update',
  updateByID: 'update',
  delete: 'delete',
  deleteByID: 'delete',
}

type WithId = { id: number | string }

/** The ids an operation's result holds: one document, or the documents of a list or bulk change. */
const idsOf = (result: unknown): Array<number | string> => {
  if (!result || typeof result !== 'object') {
    return []
  }
  if ('docs' in result && Array.isArray(result.docs)) {
    return (result.docs as WithId[]).map((doc) => doc.id)
  }
  return 'id' in result ? [(result as WithId).id] : []
}

/**
 * A staff member's read, list, create, update or delete of patient data is one audit event,
 * made once per operation (a list is one event holding the ids it returned), after the
 * operation succeeded. Calls without a staff user (the server's own) record nothing.
 */
export const recordRecordAccess: CollectionAfterOperationHook = ({
  collection,
  operation,
  req,
  result,
}) => {
  const action = actions[operation]
  if (action) {
    void recordAudit(req, {
      action,
      collection: collection.slug as AuditedCollection,
      ids: idsOf(result),
    })
  }
  return result
}
