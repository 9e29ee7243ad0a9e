import type { HandoutRequest } from '../handouts/make'
import { parseOptions } from './parseOptions'

const usage = `Usage: npm run handout -- (--program <id> | --condition <id or slug> | --technique <id or slug>)
       [--out handout.pdf] [--email email.html] [--paper a4|letter] [--large-print]`

const values = parseOptions(
  {
    program: { type: 'string' },
    condition: { type: 'string' },
    technique: { type: 'string' },
    out: { type: 'string' },
    email: { type: 'string' },
    paper: { type: 'string', default: 'a4' },
    'large-print': { type: 'boolean' },
  },
  usage,
)

const sources = [
  ['program', 'programs', 'home-program'],
  ['condition', 'conditions', 'condition-guide'],
  ['technique', 'techniques', 'technique-card'],
] as const
const chosen = sources.filter(([option]) => values[option] !== undefined)
const paper = values.paper.toUpperCase()
if (chosen.length !== 1 || !values[chosen[0][0]] || !['A4', 'LETTER'].includes(paper)) {
  console.error(usage)
  process.exit(2)
}
const [option, collection, template] = chosen[0]
const given = values[option]!

// Everything heavy loads only now that the options are known to be good.
const [
  { writeFile },
  { makeHandoutEmail, makeHandoutPdf },
  { previewHtml },
  { findRecordId, RecordNotFound },
  { withPayload },
] = await Promise.all([
  import('node:fs/promises'),
  import('../handouts/make'),
  import('../handouts/endpoints/previewHtml'),
  import('./findRecord'),
  import('./withPayload'),
])

const notFound = (error: unknown): never => {
  const name = (error as Error).name
  if (error instanceof RecordNotFound) {
    console.error(error.message)
    process.exit(1)
  }
  if (name === 'NotFound' || name === 'Forbidden') {
    console.error(`No ${option} "${given}"${option === 'program' ? '' : ' is published'}.`)
    process.exit(1)
  }
  throw error
}

await withPayload(async (payload) => {
  const id = await findRecordId(payload, collection, given, option).catch(notFound)
  const request: HandoutRequest = {
    payload,
    system: true,
    template,
    id,
    paper: paper as 'A4' | 'LETTER',
    largePrint: values['large-print'],
  }
  const { pdf } = await makeHandoutPdf(request).catch(notFound)
  const out = values.out ?? `${option}-${given}.pdf`
  await writeFile(out, pdf)
  // Titles can hold a patient's name: report only what was written.
  console.log(`Wrote ${out} (${pdf.length} bytes)`)
  if (values.email) {
    const { email } = await makeHandoutEmail(request)
    await writeFile(values.email, previewHtml(email))
    console.log(`Wrote ${values.email}`)
  }
})
