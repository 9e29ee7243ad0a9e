import { withPayload } from '../src/cli/withPayload'
await withPayload(async (payload) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'bench-rest-clinician@bench.clinic.test' } } })
  await payload.update({ collection: 'users', id: docs[0].id, data: { password: 'probe-password-1' } })
})
