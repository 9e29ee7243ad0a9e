import type { InboxStats } from './inboxProtocol'
import type { Counts, ProbeSnapshot } from './probe'
import type { StageTimes } from './stages'

/** Issue 20: 1,000 messages queued and sent in 30 s, never above 60 s (scaled for another count). */
export const TARGET_MS = 30_000
export const BOUND_MS = 60_000

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const perSecond = (count: number, ms: number) => `${(count / (ms / 1000)).toFixed(1)}/s`
const perMessage = (count: number, ms: number) => `${(ms / count).toFixed(1)} ms`

const row = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')

export const table = (header: string[], lines: string[][]) => {
  const widths = header.map((_, i) =>
    Math.max(header[i].length, ...lines.map((line) => line[i].length)),
  )
  return [row(header, widths), ...lines.map((line) => row(line, widths))].join('\n')
}

export type Figures = {
  count: number
  sendLabel: string
  queueMs: number
  sendMs: number
  baselineMs: number
  peakRss: number
  receiverPeakRss: number
  baselinePeakRss: number
}

/** The pipeline and the baseline side by side, with the ratio of each to the baseline. */
export const figuresTable = (f: Figures) => {
  const total = f.queueMs + f.sendMs
  const ratio = (ms: number) => `${(ms / f.baselineMs).toFixed(1)}×`
  return table(
    ['', 'messages', 'time', 'per message', 'rate', 'vs baseline', 'peak RSS'],
    [
      [
        'queue (requestDelivery each)',
        String(f.count),
        seconds(f.queueMs),
        perMessage(f.count, f.queueMs),
        perSecond(f.count, f.queueMs),
        ratio(f.queueMs),
        '',
      ],
      [
        f.sendLabel,
        String(f.count),
        seconds(f.sendMs),
        perMessage(f.count, f.sendMs),
        perSecond(f.count, f.sendMs),
        ratio(f.sendMs),
        '',
      ],
      [
        'pipeline total',
        String(f.count),
        seconds(total),
        perMessage(f.count, total),
        perSecond(f.count, total),
        ratio(total),
        mb(f.peakRss + f.receiverPeakRss),
      ],
      [
        'baseline: pooled transport only',
        String(f.count),
        seconds(f.baselineMs),
        perMessage(f.count, f.baselineMs),
        perSecond(f.count, f.baselineMs),
        '1.0×',
        mb(f.baselinePeakRss + f.receiverPeakRss),
      ],
    ],
  )
}

/** Checks on what arrived and what the database recorded; empty when all is well. */
export const problems = (
  count: number,
  inbox: InboxStats,
  deliveries: Array<{ status: string; messageId?: string | null; lastError?: string | null }>,
) => {
  const found: string[] = []
  const sent = deliveries.filter((delivery) => delivery.status === 'sent')
  if (inbox.received !== count) {
    found.push(`${inbox.received} messages arrived, expected ${count}`)
  }
  if (inbox.distinct !== count) {
    found.push(`${inbox.distinct} distinct Message-IDs arrived, expected ${count}`)
  }
  if (inbox.duplicates) {
    found.push(`${inbox.duplicates} messages arrived twice`)
  }
  if (inbox.withoutId) {
    found.push(`${inbox.withoutId} messages had no Message-ID`)
  }
  if (inbox.withoutPdf) {
    found.push(`${inbox.withoutPdf} messages had no PDF attachment`)
  }
  if (sent.length !== count) {
    const errors = [...new Set(deliveries.map((d) => d.lastError).filter(Boolean))].slice(0, 3)
    found.push(
      `${sent.length} of ${count} deliveries are recorded sent${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`,
    )
  }
  const arrived = new Set(inbox.ids)
  const missing = sent.filter((delivery) => !delivery.messageId || !arrived.has(delivery.messageId))
  if (missing.length) {
    found.push(`${missing.length} sent deliveries have a Message-ID that never arrived`)
  }
  return found
}

const perDelivery = (counts: Counts, count: number, top = 8) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .slice(0, top)
    .map(([key, value]) => `${key} ${(value / count).toFixed(1)}`)
    .join(', ')

const total = (counts: Counts) => Object.values(counts).reduce((sum, value) => sum + value, 0)

/** Database work per delivery in one phase: SQL statements by keyword, Local API calls by kind. */
export const probeLines = (label: string, snapshot: ProbeSnapshot, count: number) => [
  `  ${label}: ${(total(snapshot.sql) / count).toFixed(1)} SQL statements per delivery (${perDelivery(snapshot.sql, count, 6)})`,
  `    Local API calls per delivery ${(total(snapshot.api) / count).toFixed(1)}: ${perDelivery(snapshot.api, count, 16)}`,
]

/** Per-message means of each preparation step, measured alone, against the send phase's rate. */
export const stageLines = (stages: StageTimes, count: number, totalMs: number) => {
  const mean = (ms: number) => ms / stages.programs
  const each = mean(stages.composeMs + stages.renderPdfMs + stages.renderEmailMs)
  return [
    `  compose (both picture sizes, once) ${mean(stages.composeMs).toFixed(1)} ms, render PDF ${mean(stages.renderPdfMs).toFixed(1)} ms, ` +
      `render email ${mean(stages.renderEmailMs).toFixed(1)} ms`,
    `  = ${each.toFixed(1)} ms per message on one core, alone (${stages.programs} programs); queue and send took ` +
      `${(totalMs / count).toFixed(1)} ms per message of wall time.`,
  ]
}
