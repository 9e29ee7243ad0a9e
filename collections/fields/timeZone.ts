import type { TextFieldSingleValidation } from 'payload'

/** Whether `value` names a time zone this server knows (an IANA name such as `Europe/Madrid`). */
export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

const validateTimeZone: TextFieldSingleValidation = (value) =>
  !value || isTimeZone(value) || `"${value}" is not a time zone: use a name such as Europe/Madrid.`

/** A time zone by its IANA name, checked against the zones this server knows. */
export const timeZoneField = <F extends { name: string }>(field: F) => ({
  type: 'text' as const,
  maxLength: 64,
  validate: validateTimeZone,
  ...field,
})
