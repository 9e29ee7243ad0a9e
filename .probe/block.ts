import { monitorEventLoopDelay } from 'node:perf_hooks'
import { getPayload } from 'payload'
import config from '../src/payload.config'
import { startRestServer } from '../test/helpers/restServer'
import { longWordText } from '../fuzz/stallRequests'

const payload = await getPayload({ config })
const server = await startRestServer()
const ed = await payload.find({ collection: 'users', where: { email: { equals: 'fuzz-editor@fuzz.clinic.test' } } })
await payload.update({ collection: 'users', id: ed.docs[0].id, data: { password: 'probe-password-1' }, overrideAccess: true })
const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'fuzz-editor@fuzz.clinic.test', password: 'probe-password-1' }) })
const token = ((await login.json()) as { token: string }).token
const { docs } = await payload.find({ collection: 'techniques', limit: 1, depth: 0, })
const { copyOf } = await import('../fuzz/copyOf')
const made = await payload.create({ collection: 'techniques', data: { ...(copyOf(docs[0]) as object), name: 'Probe ' + Date.now() } as never })
const id = made.id
const word = 'pneumonoultramicroscopic'.repeat(41667).slice(0, 1_000_000)
const probe = async (label: string, run: () => Promise<unknown>) => {
  const h = monitorEventLoopDelay({ resolution: 5 }); h.enable()
  const t = performance.now(); await run(); const took = performance.now() - t
  h.disable()
  console.log(label, 'took', took.toFixed(0), 'ms; worst loop delay', (h.max / 1e6).toFixed(0), 'ms')
}
for (let i = 0; i < 3; i++) {
  await probe('PATCH 1MB word', () => fetch(`${server.url}/api/techniques/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ body: longWordText(word) }) }).then(r => r.arrayBuffer()))
  await probe('handout 1MB word', () => fetch(`${server.url}/api/techniques/${id}/handout.pdf`, { headers: { authorization: `JWT ${token}` } }).then(r => r.arrayBuffer()))
  await probe('routines depth 6 limit 100', () => fetch(`${server.url}/api/routines?depth=6&limit=100`).then(r => r.arrayBuffer()))
  await probe('conditions depth 5 limit 100', () => fetch(`${server.url}/api/conditions?depth=5&limit=100`).then(r => r.arrayBuffer()))
}
await payload.delete({ collection: 'techniques', id })
await server.stop()
process.exit(0)
