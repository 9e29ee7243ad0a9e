import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

type CallFrame = { functionName: string; url: string; lineNumber: number }
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] }
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const packageOf = (source: string) =>
  source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:dist\/)?(.*)$/)

/**
 * Where a line of a built chunk came from. Next bundles Payload, drizzle and our code into
 * `.next/server/chunks/*.js`; webpack marks each module it concatenates with a
 * `;// ./node_modules/<package>/<file>` line and ends each original file with its
 * `//# sourceMappingURL=<file>.map`, which together name the source of any line.
 */
const chunkSources = new Map<string, (line: number) => string>()
const sourceOfLine = (url: string, line: number) => {
  if (!url.startsWith('file://') || !url.includes('/.next/')) {
    return url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/')
  }
  let lookup = chunkSources.get(url)
  if (!lookup) {
    const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n')
    const names: string[] = []
    let current = 'chunk'
    let pending: number[] = []
    lines.forEach((text, index) => {
      const marker = text.match(/^;\/\/ \.\/(.+)$/)
      const mapComment = text.match(/^\/\/# sourceMappingURL=(.+)\.map$/)
      if (marker) {
        current = marker[1]
      } else if (/^\/\*\*\*\/ \d+:/.test(text)) {
        current = 'chunk'
        pending = []
      }
      names.push(current)
      if (current === 'chunk') {
        pending.push(index)
        if (mapComment) {
          pending.forEach((at) => (names[at] = mapComment[1]))
          pending = []
        }
      }
    })
    lookup = (at) => names[at] ?? 'chunk'
    chunkSources.set(url, lookup)
  }
  const source = lookup(line)
  const inPackage = packageOf(source)
  return inPackage ? `${inPackage[1]}/${inPackage[2]}` : source.replace(/^src\//, 'src/')
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`.padStart(6)

/**
 * A CPU profile of the server (`node --cpu-prof`) as text: where its thread spent the run,
 * by package and by function (self time), each with the source file it came from.
 */
export const summariseProfile = (file: string, top = 15): string[] => {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfTime = new Map<number, number>()
  profile.samples.forEach((id, index) =>
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  )
  const byPackage = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let total = 0
  for (const [id, micros] of selfTime) {
    const { functionName, url, lineNumber } = (nodes.get(id) as ProfileNode).callFrame
    total += micros
    const source = url ? sourceOfLine(url, lineNumber) : ''
    const pkg = !url
      ? functionName
      : url.startsWith('node:')
        ? 'node (streams, sockets, async hooks)'
        : (packageOf(`node_modules/${source}`)?.[1] ?? source).split('/')[0]
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros)
    const name = `${functionName || '(anonymous)'}  ${source}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros)
  }
  const ranked = (table: Map<string, number>) =>
    [...table]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `  ${percent(micros, total)}  ${name}`)
  return [
    `${(total / 1e6).toFixed(1)} s of the server's thread (${file})`,
    'by package (self time):',
    ...ranked(byPackage),
    'by function (self time):',
    ...ranked(byFunction),
  ]
}
