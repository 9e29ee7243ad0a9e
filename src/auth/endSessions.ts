import type { PayloadRequest } from 'payload'

/**
 * Signs a staff member out everywhere: their stored sessions are removed, so every token they
 * hold stops working. The whole row is written back, as Payload writes sessions (the database
 * adapter stores the sessions array with its row).
 */
export const endSessions = async (req: PayloadRequest, id: number | string) => {
  const user = await req.payload.db.findOne<{ id: number; sessions?: unknown[] }>({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })
  if (!user) {
    return
  }
  await req.payload.db.updateOne({
    collection: 'users',
    id,
    data: { ...user, sessions: [] },
    req,
    returning: false,
  })
}
