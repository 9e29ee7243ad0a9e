import { parseOptions } from './parseOptions'

const usage = `Usage: npm run richtext:check [-- --repair]
  Lists every document whose rich text is not valid Lexical (collection, id, field, where and
  what), without its content. --repair saves each one with its text kept (a number as text
  becomes text, null nodes are dropped, text where nodes belong becomes a text node).
  Exits 0 when nothing is left to repair, 1 otherwise.`

const values = parseOptions({ repair: { type: 'boolean', default: false } }, usage)

const [{ withPayload }, { findBadRichText, repairBadRichText }] = await Promise.all([
  import('./withPayload'),
  import('../richText/storedRichText'),
])

const left = await withPayload(async (payload) => {
  const bad = await findBadRichText(payload)
  for (const { collection, id, field, problems, repaired } of bad) {
    // Rich text can hold a patient's notes: print where and what, never the text.
    const where = problems.map(({ path, message }) => `${path || '(value)'} ${message}`).join('; ')
    const can = repaired === undefined ? 'cannot be repaired' : 'repairable'
    console.log(`${collection} ${id} ${field}: ${where} [${can}]`)
  }
  if (!values.repair) {
    console.log(
      bad.length === 0
        ? 'All rich text is valid Lexical.'
        : `${bad.length} rich text value(s) fail the check. Run with --repair to keep their text.`,
    )
    return bad.length
  }
  const saved = await repairBadRichText(payload, bad)
  const unrepaired = bad.filter(({ repaired }) => repaired === undefined).length
  console.log(`Repaired ${saved} document(s); ${unrepaired} value(s) could not be repaired.`)
  return unrepaired
})
process.exit(left > 0 ? 1 : 0)
