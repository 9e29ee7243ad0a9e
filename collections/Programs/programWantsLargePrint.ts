import type { PayloadRequest } from 'payload'

/** A program's handouts come in large print when the program says so, unless the URL asks otherwise. */
export const programWantsLargePrint = async (req: PayloadRequest, id: number) => {
  const program = await req.payload.findByID({
    collection: 'programs',
    id,
    depth: 0,
    select: { largePrint: true },
    req,
  })
  return Boolean(program.largePrint)
}
