import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { Piscina } from 'piscina'

import { projectRoot } from '../../paths'
import type { HandoutDocument } from '../document'
import type { RenderedEmail } from '../email/renderEmail'
import type { RenderOptions } from '../pdf/renderPdf'
import type { RenderTask } from './renderTask'

/**
 * Render threads: by default one per core but one, which is left to the thread that answers
 * requests (it reads and composes every handout); at least one. `RENDER_THREADS=0` renders on
 * the calling thread.
 */
const threads = () => {
  const wanted = Number(process.env.RENDER_THREADS)
  return Number.isInteger(wanted) && wanted >= 0
    ? wanted
    : Math.max(1, os.availableParallelism() - 1)
}

/**
 * Whose render it is. Staff's (previews, deliveries, CLIs) run on the staff threads; anonymous
 * visitors' on a thread of their own (`VISITOR_RENDER_THREADS`, default 1; 0: on the calling
 * thread), so a crowd of visitors never stands between a clinician and their handout.
 */
export type RenderLane = 'staff' | 'visitor'

const visitorThreads = () => {
  const wanted = Number(process.env.VISITOR_RENDER_THREADS)
  return Number.isInteger(wanted) && wanted >= 0 ? wanted : 1
}

const pools: Partial<Record<RenderLane, Piscina<RenderTask, unknown>>> = {}

const renderPool = (lane: RenderLane, size: number, { warm = false } = {}) =>
  (pools[lane] ??= new Piscina({
    filename: pathToFileURL(path.join(projectRoot, 'src', 'handouts', 'render', 'renderWorker.mjs'))
      .href,
    // A thread loads our code, pdfkit and the fonts once, which takes seconds: a server starts
    // all of them at once and keeps them; a CLI or a test starts one and more only if asked.
    minThreads: warm ? size : 1,
    maxThreads: size,
    idleTimeout: warm ? Infinity : 5 * 60_000,
  }))

/**
 * Starts the render threads of `lanes` now and resolves once each has loaded the renderers, so
 * a server's or a worker's first handouts do not wait for them to load. Never rejects: a thread
 * that cannot load fails the first render that needs it, with its reason.
 */
export const warmRenderThreads = async (lanes: RenderLane[] = ['staff', 'visitor']) => {
  const sizes: Record<RenderLane, number> = { staff: threads(), visitor: visitorThreads() }
  await Promise.all(
    lanes
      .filter((lane) => sizes[lane] > 0)
      .flatMap((lane) => {
        const pool = renderPool(lane, sizes[lane], { warm: true })
        return Array.from({ length: sizes[lane] }, () =>
          pool.run({ kind: 'warm' } satisfies RenderTask).catch(() => undefined),
        )
      }),
  )
}

const run = async (task: RenderTask, lane: RenderLane = 'staff'): Promise<unknown> => {
  const size = lane === 'visitor' ? visitorThreads() : threads()
  if (size === 0) {
    const { runRenderTask } = await import('./renderTask')
    return runRenderTask(task)
  }
  return renderPool(lane, size).run(task)
}

/** Bytes that crossed from a thread arrive as a Uint8Array; nodemailer and callers want a Buffer. */
const asBuffer = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/**
 * A handout's PDF, drawn on a render thread so the server's own thread keeps answering others
 * while pdfkit lays out pages (the same bytes as `renderPdf` on the calling thread).
 */
export const renderPdfOffThread = async (
  document: HandoutDocument,
  options?: RenderOptions,
  lane?: RenderLane,
) => asBuffer((await run({ kind: 'pdf', document, options }, lane)) as Uint8Array)

/** A handout's email (subject, HTML, text, inline images), rendered on a render thread. */
export const renderEmailOffThread = async (
  document: HandoutDocument,
  lane?: RenderLane,
): Promise<RenderedEmail> => {
  const email = (await run({ kind: 'email', document }, lane)) as RenderedEmail
  return {
    ...email,
    attachments: email.attachments.map((attachment) => ({
      ...attachment,
      content: asBuffer(attachment.content),
    })),
  }
}

/** Renders done on threads so far (what a test or a benchmark may read). */
export const renderThreadStats = (lane: RenderLane = 'staff') => ({
  threads: pools[lane]?.threads.length ?? 0,
  completed: pools[lane]?.completed ?? 0,
})

/** Ends the render threads (on shutdown; a later render starts them again). */
export const closeRenderPool = async () => {
  const ending = Object.values(pools)
  delete pools.staff
  delete pools.visitor
  await Promise.all(ending.map((pool) => pool.destroy()))
}
