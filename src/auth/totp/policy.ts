/**
 * `STAFF_TWO_FACTOR=required` makes every staff member use a second factor: someone without one
 * may sign in, but reaches nothing but the two-factor setup until it is on. Read at each use so
 * an operator's change applies at the next restart of any process.
 */
export const twoFactorRequired = (setting = process.env.STAFF_TWO_FACTOR): boolean => {
  const value = (setting ?? '').trim().toLowerCase()
  if (value === '' || value === 'optional') {
    return false
  }
  if (value === 'required') {
    return true
  }
  throw new Error(`STAFF_TWO_FACTOR must be "required" or "optional" (it is "${setting}").`)
}

type MaybeStaff = { collection?: string; totpEnabled?: boolean | null } | null | undefined

/** A signed-in staff member who must set up two-factor sign-in before anything else. */
export const mustSetUpTwoFactor = (user: MaybeStaff): boolean =>
  Boolean(user && user.collection === 'users' && !user.totpEnabled && twoFactorRequired())
