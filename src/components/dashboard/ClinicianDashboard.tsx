import { headers as requestHeaders } from 'next/headers'
import { createLocalReq, type ServerProps } from 'payload'

import { hasRole } from '../../../collections/access/roles'
import { dashboardData } from '../../adherence/dashboardData'
import type { User } from '../../payload-types'
import { DashboardView } from './DashboardView'
import './dashboard.scss'

/** A clinician's id from `?clinician=`, for an admin's filter; anything else means everyone. */
const clinicianFilter = (value: unknown): number | undefined => {
  const id = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/**
 * Above Payload's collection cards: a clinician's own work first (alerts that need attention,
 * programs due for review, sends not opened, the last sends); an admin sees the clinic's,
 * filterable by clinician. Editors, who never see patient data, see none of it.
 */
export const ClinicianDashboard = async ({ payload, user, searchParams }: ServerProps) => {
  const staff = user as User | undefined
  if (!staff || !hasRole(staff, 'clinician', 'admin')) {
    return null
  }
  const isAdmin = hasRole(staff, 'admin')
  const req = await createLocalReq(
    { user: staff as never, req: { headers: await requestHeaders() } },
    payload,
  )
  const clinician = isAdmin ? clinicianFilter(searchParams?.clinician) : undefined
  const [data, clinicians] = await Promise.all([
    dashboardData(req, new Date(), { clinician }),
    isAdmin
      ? payload.find({
          collection: 'users',
          where: { role: { in: ['clinician', 'admin'] } },
          sort: 'name',
          depth: 0,
          limit: 200,
          select: { name: true, email: true },
        })
      : null,
  ])
  return (
    <DashboardView
      data={data}
      adminRoute={payload.config.routes.admin}
      filter={
        clinicians
          ? {
              selected: clinician,
              clinicians: clinicians.docs.map((doc) => ({
                id: doc.id,
                name: doc.name || doc.email,
              })),
            }
          : undefined
      }
    />
  )
}
