import { seed } from '../../seeds/seed'
import { withPayload } from './withPayload'

const report = await withPayload(seed)
for (const [kind, { created, kept }] of Object.entries(report)) {
  console.log(`${kind.padEnd(11)} ${String(created).padStart(3)} created, ${String(kept).padStart(3)} kept`)
}
