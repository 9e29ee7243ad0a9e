import { ValidationError } from 'payload'

/** A refused password, shaped as Payload refuses a field: 400, and the reason beside the field. */
export const passwordRefused = (message: string) =>
  new ValidationError({ collection: 'users', errors: [{ message, path: 'password' }] })
