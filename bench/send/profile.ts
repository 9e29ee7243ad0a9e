import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

type CallFrame = { functionName: string; url: string }
type ProfileNode = { id: number; callFrame: CallFrame; parent?: number; children?: number[] }
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/**
 * What a sample was doing, by the innermost frame of the stack that says: native work (a
 * base64 encode, a deflate, a hash) counts for the JavaScript that asked for it. First match
 * wins, so our own folders come before the packages they call.
 */
const kinds: [string, (frame: CallFrame) => boolean][] = [
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  [
    'idle (waiting for work)',
    // A render thread waits for its next task in piscina's Atomics.wait loop.
    (f) => f.functionName === '(idle)' || f.functionName === 'atomicsWaitLoop',
  ],
  ['PDF render (pdfkit, our drawing)', (f) => /\/pdfkit\/|src\/handouts\/pdf\//.test(f.url)],
  ['email render (HTML, text)', (f) => /src\/handouts\/email\//.test(f.url)],
  [
    'MIME encoding and SMTP (nodemailer)',
    (f) => /\/nodemailer\/|src\/delivery\/encodedAttachments/.test(f.url),
  ],
  [
    'compose (templates, reads through the cache)',
    (f) => /src\/handouts\/compose\/|\/templates\/|src\/delivery\/reads\//.test(f.url),
  ],
  ['render-thread hand-off (piscina, structured clone)', (f) => /\/piscina\//.test(f.url)],
  ['database driver (pg)', (f) => /\/node_modules\/(pg|pg-protocol|pg-pool)\//.test(f.url)],
  ['SQL building and row mapping (drizzle)', (f) => /drizzle/.test(f.url)],
  ['Payload (Local API, hooks, upload write)', (f) => /\/payload\/|@payloadcms\//.test(f.url)],
  [
    'delivery bookkeeping (our src/delivery, jobs)',
    (f) => /src\/delivery\/|src\/cli\//.test(f.url),
  ],
  [
    'loading code (tsx, esbuild, module loader)',
    (f) => /\/tsx\/|esbuild|node:internal\/modules/.test(f.url),
  ],
  ['Node (streams, sockets, timers, promises)', (f) => f.url.startsWith('node:')],
  ['other packages', (f) => f.url.includes('/node_modules/')],
  ['our other code', (f) => f.url.startsWith('file://')],
]

/** The last three kinds are fallbacks, used only when no frame of the stack says more. */
const FALLBACKS = 3

const firstMatch = (leaf: number, nodes: Map<number, ProfileNode>, within: typeof kinds) => {
  for (let id: number | undefined = leaf; id !== undefined; id = nodes.get(id)?.parent) {
    const frame = (nodes.get(id) as ProfileNode).callFrame
    const kind = within.find(([, matches]) => matches(frame))
    if (kind) {
      return kind[0]
    }
  }
  return undefined
}

const kindOf = (leaf: number, nodes: Map<number, ProfileNode>) =>
  firstMatch(leaf, nodes, kinds.slice(0, -FALLBACKS)) ??
  firstMatch(leaf, nodes, kinds.slice(-FALLBACKS)) ??
  'native, unattributed'

/**
 * Starts profiling this process's main thread; the function it returns stops and writes the
 * profile to `file`.
 */
export const profileThisThread = async () => {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return async (file: string) => {
    const { profile } = await session.post('Profiler.stop')
    session.disconnect()
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(profile))
  }
}

const lineFor = (micros: number, total: number, messages: number, kind: string) => {
  const ms = (micros / 1000 / messages).toFixed(1).padStart(6)
  const share = `${((100 * micros) / total).toFixed(0)}%`.padStart(4)
  return `    ${ms} ms ${share}  ${kind}`
}

const busyLines = (label: string, byKind: Map<string, number>, messages: number) => {
  const busy = [...byKind].filter(([kind]) => !kind.startsWith('idle'))
  const total = busy.reduce((sum, [, micros]) => sum + micros, 0)
  return [
    `  ${label}: ${(total / 1000 / messages).toFixed(1)} ms per message`,
    ...busy
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([kind, micros]) => lineFor(micros, total, messages, kind)),
  ]
}

/** One profile of this process (`profileThisThread`) as text, per message. */
export const summariseProfile = (file: string, label: string, messages: number) =>
  busyLines(label, profileKinds(file).byKind, messages)

/** Microseconds of each kind in one profile (one thread), and whether it is a render thread. */
const profileKinds = (file: string) => {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const renders = profile.nodes.some((node) => node.callFrame.url.includes('/piscina/'))
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const node of profile.nodes) {
    node.children?.forEach((child) => ((nodes.get(child) as ProfileNode).parent = node.id))
  }
  const byKind = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const kind = kindOf(id, nodes)
    byKind.set(kind, (byKind.get(kind) ?? 0) + (profile.timeDeltas[index] ?? 0))
  })
  return { byKind, renders }
}

/**
 * The workers' CPU profiles (`--profile DIR`) as text: per message, where each kind of thread
 * (a worker's main thread, its render threads) spent its time, busiest first. Node names a
 * thread's profile `CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile`; thread 0 is the main.
 */
export const summariseWorkerProfiles = (dir: string, messages: number): string[] => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))
  const threads = {
    "workers' main threads": new Map<string, number>(),
    'render threads': new Map<string, number>(),
    "other threads (tsx's module loader)": new Map<string, number>(),
  }
  for (const name of files) {
    const { byKind, renders } = profileKinds(path.join(dir, name))
    const main = Number(name.split('.').at(-3)) === 0
    const into =
      threads[
        main
          ? "workers' main threads"
          : renders
            ? 'render threads'
            : "other threads (tsx's module loader)"
      ]
    for (const [kind, micros] of byKind) {
      into.set(kind, (into.get(kind) ?? 0) + micros)
    }
  }
  const lines = [
    `Where the workers' threads spent their time, from start to stop (${files.length} profiles in ${dir};`,
    '  sampled time while running, which a machine busier than its cores stretches beyond CPU time):',
  ]
  for (const [label, byKind] of Object.entries(threads)) {
    lines.push(...busyLines(label, byKind, messages))
  }
  return lines
}
