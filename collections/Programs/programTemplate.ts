import type { PayloadRequest } from 'payload'

import type { HandoutTemplate } from '../../templates'

/** A program's handouts use the template the program names, unless the URL asks for another. */
export const programTemplate = async (
  req: PayloadRequest,
  id: number,
): Promise<HandoutTemplate['name']> => {
  const program = await req.payload.findByID({
    collection: 'programs',
    id,
    depth: 0,
    select: { template: true },
    req,
  })
  return program.template ?? 'home-program'
}
