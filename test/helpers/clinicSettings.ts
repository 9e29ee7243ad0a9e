import type { Payload } from 'payload'

import { clinic } from '../../seeds/data/clinic'

/**
 * The clinic's settings as the seed writes them. Other suites edit the settings (a staff suite
 * renames the clinic before any seed ran, and then the seed keeps that bare record), so a suite
 * that reads the clinic's name, email or footer in a handout sets them first.
 */
export const useSeededClinic = (payload: Payload) =>
  payload.updateGlobal({ slug: 'clinic-settings', data: clinic, depth: 0 })
