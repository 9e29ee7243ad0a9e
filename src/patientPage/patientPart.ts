import type { Payload } from 'payload'

import { languageTag } from '../handouts/brand/language'
import type { LoggingView } from '../handouts/page/logging'
import { loggingState } from '../sessionLogs/loggingState'
import { pageRoutines } from '../sessionLogs/pageRoutines'
import type { KeptDelivery } from './keptDelivery'
import type { OpenedLink } from './lookup'

/** Whether a visit asked for the large print page (else the delivery's own print size). */
export const isLarge = (request: Request, delivery: KeptDelivery) => {
  const size = new URL(request.url).searchParams.get('size')
  return size === 'large' || (size !== 'normal' && delivery.snapshot.document.layout.largePrint)
}

/**
 * The patient's own part of their page now: today's routines and logs, their week and their
 * reminders, read as the server for the link's program and patient only.
 */
export const patientPart = async (
  payload: Payload,
  link: OpenedLink,
  delivery: KeptDelivery,
  base: string,
  large: boolean,
  now: Date,
): Promise<LoggingView> => {
  const routines = await pageRoutines(payload, delivery)
  const state = await loggingState(payload, link, routines, now)
  return {
    ...state,
    base,
    large,
    language: languageTag(delivery.snapshot.document.meta.language),
  }
}
