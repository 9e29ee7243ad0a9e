import { parseOptions } from './parseOptions'

parseOptions(
  {},
  `Usage: npm run seed
Loads the starter library; run it twice and nothing doubles, and staff edits are kept.`,
)

const [{ seed }, { withPayload }] = await Promise.all([
  import('../../seeds/seed'),
  import('./withPayload'),
])

const report = await withPayload(seed)
for (const [kind, { created, kept }] of Object.entries(report)) {
  console.log(
    `${kind.padEnd(11)} ${String(created).padStart(3)} created, ${String(kept).padStart(3)} kept`,
  )
}
