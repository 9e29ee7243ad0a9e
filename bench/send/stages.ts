import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'

import { composeReads } from '../../src/delivery/reads/composeReads'
import { renderEmail } from '../../src/handouts/email/renderEmail'
import { composeDocument, type HandoutRequest, inSize } from '../../src/handouts/make'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'

export type StageTimes = {
  programs: number
  composeMs: number
  renderPdfMs: number
  renderEmailMs: number
}

/**
 * Where one message's preparation goes, on its own: the same steps a send takes (compose once
 * with both sizes of each picture, as the snapshot is made, then render the PDF and the email,
 * reading as the delivery does: each thing once, the library from the process's checked cache), timed one program
 * at a time, with nothing else running, after one untimed warm-up, and summed. Divide by `programs` for per-message means.
 */
export const timeStages = async (payload: Payload, programIds: number[]): Promise<StageTimes> => {
  const times: StageTimes = {
    programs: programIds.length,
    composeMs: 0,
    renderPdfMs: 0,
    renderEmailMs: 0,
  }
  const timed = async <T>(
    key: Exclude<keyof StageTimes, 'programs'>,
    work: () => Promise<T> | T,
  ) => {
    const started = performance.now()
    const result = await work()
    times[key] += performance.now() - started
    return result
  }
  const prepare = async (id: number, time: typeof timed) => {
    const reads = composeReads(payload)
    const { template } = await reads.findByID({ collection: 'programs', id, depth: 0 })
    const request: HandoutRequest = { payload, reader: reads, system: true, template, id }
    const composed = await time('composeMs', () => composeDocument(request, ['print', 'email']))
    await time('renderPdfMs', () => renderPdf(inSize(composed, 'print')))
    await time('renderEmailMs', () => renderEmail(inSize(composed, 'email')))
  }
  // Once untimed first: with worker processes sending, this process has not rendered yet, and
  // a worker's caches (fonts, shaped text, prepared images) are warm after its first message.
  if (programIds[0] !== undefined) {
    await prepare(programIds[0], (_key, work) => Promise.resolve(work()))
  }
  for (const id of programIds) {
    await prepare(id, timed)
  }
  return times
}
