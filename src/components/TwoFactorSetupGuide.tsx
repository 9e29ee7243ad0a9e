'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState, type ReactNode } from 'react'

/**
 * When the clinic requires two-factor sign-in and the signed-in staff member has not set it up,
 * every admin screen but their account (where they set it up) and sign-out takes them there.
 */
export const TwoFactorSetupGuide = ({ children }: { children?: ReactNode }) => {
  const { user } = useAuth()
  const {
    config: {
      routes: { admin, api },
      admin: { routes },
    },
  } = useConfig()
  const pathname = usePathname()
  const router = useRouter()
  const [mustSetUp, setMustSetUp] = useState(false)
  const enabled = (user as { totpEnabled?: boolean } | null)?.totpEnabled === true
  const userId = user?.id

  useEffect(() => {
    if (userId === undefined || enabled) {
      setMustSetUp(false)
      return
    }
    let current = true
    void fetch(`${api}/users/two-factor`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((status: { enabled?: boolean; required?: boolean } | undefined) => {
        if (current) {
          setMustSetUp(Boolean(status?.required && !status.enabled))
        }
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
    // The requirement is the server's setting: asked once per signed-in person, not per screen.
  }, [userId, enabled, api])

  const account = formatAdminURL({ adminRoute: admin, path: routes.account })
  const logout = formatAdminURL({ adminRoute: admin, path: routes.logout })
  useEffect(() => {
    if (mustSetUp && pathname !== account && !pathname.startsWith(logout)) {
      router.replace(account)
    }
  }, [mustSetUp, pathname, account, logout, router])

  return <>{children}</>
}
