import type { HandoutDocument } from '../document'
import { renderEmail } from '../email/renderEmail'
import { renderPdf, type RenderOptions } from '../pdf/renderPdf'

export type RenderTask =
  | { kind: 'pdf'; document: HandoutDocument; options?: RenderOptions }
  | { kind: 'email'; document: HandoutDocument }
  /** Nothing to draw: the thread has loaded the renderers once it answers. */
  | { kind: 'warm' }

/** One render, as a worker thread runs it: a PDF's bytes or an email's parts. */
export const runRenderTask = (task: RenderTask) => {
  switch (task.kind) {
    case 'pdf':
      return renderPdf(task.document, task.options)
    case 'email':
      return renderEmail(task.document)
    case 'warm':
      return null
  }
}

export default runRenderTask
