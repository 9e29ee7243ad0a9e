import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'

import { composeReads } from '../../src/delivery/reads/composeReads'
import { renderEmail } from '../../src/handouts/email/renderEmail'
import { composeHandout, type HandoutRequest } from '../../src/handouts/make'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'

export type StageTimes = {
  programs: number
  composePrintMs: number
  renderPdfMs: number
  composeEmailMs: number
  renderEmailMs: number
}

/**
 * Where one message's preparation goes, on its own: the same steps the delivery worker takes
 * (compose for print, render the PDF, compose for email, render the email, reading as the worker
 * does: each thing once, the library from the process's checked cache), timed one program
 * at a time, with nothing else running, after one untimed warm-up, and summed. Divide by `programs` for per-message means.
 */
export const timeStages = async (payload: Payload, programIds: number[]): Promise<StageTimes> => {
  const times: StageTimes = {
    programs: programIds.length,
    composePrintMs: 0,
    renderPdfMs: 0,
    composeEmailMs: 0,
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
    const print = await time('composePrintMs', () => composeHandout(request, 'print'))
    await time('renderPdfMs', () => renderPdf(print))
    const email = await time('composeEmailMs', () => composeHandout(request, 'email'))
    await time('renderEmailMs', () => renderEmail(email))
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
