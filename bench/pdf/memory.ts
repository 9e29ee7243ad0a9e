import { readdir, readFile } from 'node:fs/promises'

/**
 * Peak resident memory while work runs. The timer only fires while the event loop is free, so
 * callers also call `sample()` right after each piece of synchronous work. `outside` adds
 * memory outside this process (the browser's processes); reading it costs a few milliseconds,
 * so give it a longer interval.
 */
export const memorySampler = (outside?: () => Promise<number>, everyMs = 10) => {
  let peak = 0
  let pending = false
  const sample = async () => {
    const own = process.memoryUsage.rss()
    peak = Math.max(peak, own + (outside ? await outside() : 0))
  }
  const timer = setInterval(() => {
    if (pending) {
      return
    }
    pending = true
    void sample().finally(() => (pending = false))
  }, everyMs)
  return {
    sample,
    stop: async () => {
      clearInterval(timer)
      await sample()
      return peak
    },
  }
}

const parentAndRss = async (pid: string) => {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const parent = /^PPid:\s+(\d+)/m.exec(status)?.[1]
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
    return { pid, parent, rss: rssKb * 1024 }
  } catch {
    return undefined
  }
}

/** Resident memory of every process descended from this one (Linux /proc), in bytes. */
export const childrenRss = async (): Promise<number> => {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name))
  const all = (await Promise.all(pids.map(parentAndRss))).filter((entry) => entry !== undefined)
  const children = new Map<string, typeof all>()
  for (const entry of all) {
    if (!entry.parent) {
      continue
    }
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry])
  }
  let total = 0
  const queue = [String(process.pid)]
  while (queue.length) {
    for (const child of children.get(queue.pop() as string) ?? []) {
      total += child.rss
      queue.push(child.pid)
    }
  }
  return total
}
