import type { HandoutDocument } from '../document'
import { renderEmail } from '../email/renderEmail'
import { renderPdf, type RenderOptions } from '../pdf/renderPdf'

export type RenderTask =
  | { kind: 'pdf'; document: HandoutDocument; options?: RenderOptions }
  | { kind: 'email'; document: HandoutDocument }

/** One render, as a worker thread runs it: a PDF's bytes or an email's parts. */
export const runRenderTask = (task: RenderTask) =>
  task.kind === 'pdf' ? renderPdf(task.document, task.options) : renderEmail(task.document)

export default runRenderTask
