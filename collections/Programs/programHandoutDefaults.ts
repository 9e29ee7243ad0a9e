import type { PayloadRequest } from 'payload'

import type { HandoutDefaults } from '../../src/handouts/endpoints/handoutEndpoints'

/**
 * A program's handouts use the template it names, in large print when it says so, unless the
 * URL asks otherwise: both read in one go.
 */
export const programHandoutDefaults = async (req: PayloadRequest, id: number): Promise<HandoutDefaults> => {
  const program = await req.payload.findByID({
    collection: 'programs',
    id,
    depth: 0,
    select: { template: true, largePrint: true },
    req,
  })
  return { template: program.template ?? 'home-program', largePrint: Boolean(program.largePrint) }
}
