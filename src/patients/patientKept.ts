import { APIError } from 'payload'

/**
 * A refused delete of a patient whose record must be kept (409, its message shown as is): a
 * caller's mistake, answered with why and kept out of the server's log (see payload.config.ts).
 */
export class PatientKept extends APIError {
  constructor(message: string) {
    super(message, 409, undefined, true)
    this.name = 'PatientKept'
  }
}

/** Payload's `loggingLevels` entry for it (its names are Payload's own errors' only). */
export const patientKeptLogging: Record<string, false> = { PatientKept: false }
