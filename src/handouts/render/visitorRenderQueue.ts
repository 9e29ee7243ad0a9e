/**
 * Anonymous visitors' handouts (compose and render) wait in one bounded queue per process:
 * `VISITOR_RENDERS` at a time (default 1) and `VISITOR_RENDER_QUEUE` waiting (default 8). A
 * visitor who finds it full is answered 503 with Retry-After at once, with no work done.
 * Staff's handouts and deliveries never enter it.
 */
const setting = (name: string, fallback: number, min: number) => {
  const wanted = Number(process.env[name])
  return process.env[name] !== undefined && Number.isInteger(wanted) && wanted >= min
    ? wanted
    : fallback
}

/** Seconds a refused visitor is asked to wait before trying again. */
export const VISITOR_RETRY_AFTER_SECONDS = 5

export class VisitorRenderQueueFull extends Error {
  constructor() {
    super('Many visitors are printing handouts right now: please try again in a few seconds.')
    this.name = 'VisitorRenderQueueFull'
  }
}

let running = 0
const waiting: Array<() => void> = []

const next = () => {
  const start = waiting.shift()
  if (start) {
    start()
  } else {
    running--
  }
}

/** Runs `work` when a visitor's turn comes; throws `VisitorRenderQueueFull` when none can. */
export const asVisitorRender = async <T>(work: () => Promise<T>): Promise<T> => {
  const concurrent = setting('VISITOR_RENDERS', 1, 1)
  if (running >= concurrent) {
    if (waiting.length >= setting('VISITOR_RENDER_QUEUE', 8, 0)) {
      throw new VisitorRenderQueueFull()
    }
    // The finishing render hands its place over: `running` stays counted for us.
    await new Promise<void>((resolve) => waiting.push(resolve))
  } else {
    running++
  }
  try {
    return await work()
  } finally {
    next()
  }
}
