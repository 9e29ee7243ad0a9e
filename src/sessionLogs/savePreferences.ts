import type { Payload } from 'payload'

import { isUniqueViolation } from '../db/uniqueViolation'
import type { LinkOwner } from './loggingState'
import type { ReminderChoice } from './reminderForm'

const storedChoice = async (payload: Payload, owner: LinkOwner) =>
  (
    await payload.find({
      collection: 'reminder-preferences',
      where: { program: { equals: owner.program }, patient: { equals: owner.patient } },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { time: true },
    })
  ).docs[0]

/**
 * The patient's reminder choice for their program, one record per program and patient, made
 * or updated (a replayed post saves the same choice again). Written as the server only.
 */
export const saveReminderChoice = async (
  payload: Payload,
  owner: LinkOwner,
  choice: ReminderChoice,
): Promise<void> => {
  const existing = await storedChoice(payload, owner)
  if (existing) {
    await payload.update({
      collection: 'reminder-preferences',
      id: existing.id,
      depth: 0,
      data: choice,
    })
    return
  }
  try {
    await payload.create({
      collection: 'reminder-preferences',
      depth: 0,
      data: { ...choice, program: owner.program, patient: owner.patient },
    })
  } catch (error) {
    const made = isUniqueViolation(error) && (await storedChoice(payload, owner))
    if (!made) {
      throw error
    }
    await payload.update({
      collection: 'reminder-preferences',
      id: made.id,
      depth: 0,
      data: choice,
    })
  }
}
