import type { Field, FieldAccess } from 'payload'

const nobody: FieldAccess = () => false

/** Stored for sign-in only: never read, created or changed over any API. */
const sealed = { create: nobody, read: nobody, update: nobody }

/**
 * A staff member's second factor. The secret (encrypted), the last code's time step and the
 * recovery codes' hashes are hidden from every API and from the admin; whether it is on is
 * shown, and only the two-factor endpoints change any of it.
 */
export const twoFactorFields: Field[] = [
  {
    name: 'twoFactor',
    type: 'ui',
    admin: { components: { Field: '/src/components/TwoFactorField#TwoFactorField' } },
  },
  {
    name: 'totpEnabled',
    label: 'Two-factor sign-in is on',
    type: 'checkbox',
    defaultValue: false,
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
  },
  { name: 'totpSecret', type: 'text', hidden: true, access: sealed },
  { name: 'totpLastStep', type: 'number', hidden: true, access: sealed },
  { name: 'totpRecoveryCodes', type: 'json', hidden: true, access: sealed },
]

/** The second-factor columns as the database holds them (Payload's internal view of a user). */
export type StoredTwoFactor = {
  id: number
  email?: string
  totpEnabled?: boolean | null
  totpSecret?: string | null
  totpLastStep?: number | null
  totpRecoveryCodes?: unknown
}
