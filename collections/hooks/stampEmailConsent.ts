import type { CollectionBeforeChangeHook } from 'payload'

/** Records when a patient agreed to email, and forgets the time if they withdraw. */
export const stampEmailConsent: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const consent = data.emailConsent ?? originalDoc?.emailConsent ?? false
  if (!consent) {
    return { ...data, emailConsentAt: null }
  }
  const alreadyRecorded = originalDoc?.emailConsent && originalDoc?.emailConsentAt
  return {
    ...data,
    emailConsentAt: alreadyRecorded ? originalDoc.emailConsentAt : new Date().toISOString(),
  }
}
