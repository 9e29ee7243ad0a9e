import type { Payload } from 'payload'

import { isUniqueViolation } from '../db/uniqueViolation'
import type { LocalDay } from '../adherence/plannedSessions'
import type { LinkOwner } from './loggingState'

type Done = { routine: number; day: LocalDay; pain: number | null; comment: string | null }

const todaysLog = async (payload: Payload, owner: LinkOwner, routine: number, day: LocalDay) =>
  (
    await payload.find({
      collection: 'session-logs',
      where: {
        program: { equals: owner.program },
        routine: { equals: routine },
        day: { equals: day },
      },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { day: true },
    })
  ).docs[0]

/**
 * "Done": the routine's log for the day, made or, when one exists (a second tap, a replayed
 * post, two taps at once), updated. The unique key (program, routine, day) keeps it to one.
 * Written as the server: no staff member or API client can write one.
 */
export const saveLog = async (
  payload: Payload,
  owner: LinkOwner,
  { routine, day, pain, comment }: Done,
  at: Date,
): Promise<void> => {
  const data = { pain, comment, loggedAt: at.toISOString() }
  const existing = await todaysLog(payload, owner, routine, day)
  if (existing) {
    await payload.update({ collection: 'session-logs', id: existing.id, depth: 0, data })
    return
  }
  try {
    await payload.create({
      collection: 'session-logs',
      depth: 0,
      data: { ...data, program: owner.program, patient: owner.patient, routine, day },
    })
  } catch (error) {
    const made = isUniqueViolation(error) && (await todaysLog(payload, owner, routine, day))
    if (!made) {
      throw error
    }
    // Another request made it first: this one's values win, as the later tap.
    await payload.update({ collection: 'session-logs', id: made.id, depth: 0, data })
  }
}

/** "Undo": the routine's log for the day is removed; undoing nothing changes nothing. */
export const undoLog = async (
  payload: Payload,
  owner: LinkOwner,
  routine: number,
  day: LocalDay,
): Promise<void> => {
  await payload.delete({
    collection: 'session-logs',
    where: {
      program: { equals: owner.program },
      routine: { equals: routine },
      day: { equals: day },
    },
    depth: 0,
  })
}
