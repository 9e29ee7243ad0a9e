import type { CollectionBeforeValidateHook } from 'payload'

import type { User } from '../../payload-types'
import { passwordProblem } from '../passwords'
import { passwordRefused } from '../passwordRefused'

/**
 * A password set on create or changed on update (admin, account view, REST, Local API) must be
 * one that is hard to guess; a save that does not touch the password is left alone.
 */
export const checkNewPassword: CollectionBeforeValidateHook<User> = ({
  data,
  operation,
  originalDoc,
}) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (operation === 'update' && (password === undefined || password === null || password === '')) {
    return data
  }
  const problem = passwordProblem(password, {
    name: data?.name ?? originalDoc?.name,
    email: data?.email ?? originalDoc?.email,
  })
  if (problem) {
    throw passwordRefused(problem)
  }
  return data
}
