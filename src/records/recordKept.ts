import { APIError } from 'payload'

/**
 * A refused delete of a record that must be kept (409, its message shown as is): a patient or
 * program that was sent something. A caller's mistake, answered with why and kept out of the
 * server's log (see payload.config.ts).
 */
export class RecordKept extends APIError {
  constructor(message: string) {
    super(message, 409, undefined, true)
    this.name = 'RecordKept'
  }
}

/** Payload's `loggingLevels` entry for it (its names are Payload's own errors' only). */
export const recordKeptLogging: Record<string, false> = { RecordKept: false }
