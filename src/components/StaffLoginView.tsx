import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation.js'
import { formatAdminURL, getSafeRedirect } from 'payload/shared'

import { StaffLoginForm } from './StaffLoginForm'

/**
 * The admin's sign-in screen (it replaces Payload's, whose form cannot carry a second field):
 * email and password, then, for staff with two-factor sign-in on, a code from their app or a
 * recovery code. Someone already signed in goes where they were headed.
 */
export const StaffLoginView = ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { config } = initPageResult.req.payload
  const adminRoute = config.routes.admin
  const redirectTo = getSafeRedirect({
    fallbackTo: adminRoute,
    redirectTo: typeof searchParams?.redirect === 'string' ? searchParams.redirect : '',
  })
  if (initPageResult.req.user) {
    redirect(redirectTo)
  }
  return (
    <StaffLoginForm
      loginUrl={`${config.routes.api}/${config.admin.user}/login`}
      forgotUrl={formatAdminURL({ adminRoute, path: config.admin.routes.forgot })}
      redirectTo={redirectTo}
    />
  )
}
