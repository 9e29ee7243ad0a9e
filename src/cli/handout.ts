import { writeFile } from 'node:fs/promises'

import { makeHandoutEmail, makeHandoutPdf, type HandoutRequest } from '../handouts/make'
import { previewHtml } from '../handouts/endpoints/previewHtml'
import { parseOptions } from './parseOptions'
import { withPayload } from './withPayload'

const usage = `Usage: npm run handout -- (--program <id> | --condition <id> | --technique <id>)
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
  ['program', 'home-program'],
  ['condition', 'condition-guide'],
  ['technique', 'technique-card'],
] as const
const chosen = sources.filter(([option]) => values[option] !== undefined)
const paper = values.paper.toUpperCase()
if (chosen.length !== 1 || !Number.isInteger(Number(values[chosen[0][0]])) || !['A4', 'LETTER'].includes(paper)) {
  console.error(usage)
  process.exit(2)
}
const [option, template] = chosen[0]
const out = values.out ?? `${option}-${values[option]}.pdf`

const failure = (error: unknown) => {
  const name = (error as Error).name
  if (name === 'NotFound' || name === 'Forbidden') {
    console.error(`No ${option} with id ${values[option]}${option === 'program' ? '' : ' is published'}.`)
    process.exit(1)
  }
  throw error
}

await withPayload(async (payload) => {
  const request: HandoutRequest = {
    payload,
    system: true,
    template,
    id: Number(values[option]),
    paper: paper as 'A4' | 'LETTER',
    largePrint: values['large-print'],
  }
  const { pdf } = await makeHandoutPdf(request).catch(failure)
  await writeFile(out, pdf)
  // Titles can hold a patient's name: report only what was written.
  console.log(`Wrote ${out} (${pdf.length} bytes)`)
  if (values.email) {
    const { email } = await makeHandoutEmail(request)
    await writeFile(values.email, previewHtml(email))
    console.log(`Wrote ${values.email}`)
  }
})
