import type { DateFieldValidation } from 'payload'

export const validateReviewDate: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startDate?: string | Date | null }).startDate
  if (!value || !start) {
    return true
  }
  return new Date(value) >= new Date(start)
    ? true
    : 'The review date cannot be before the start date.'
}
