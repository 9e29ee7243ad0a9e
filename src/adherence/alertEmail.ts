import type { AlertRule, AlertSeverity } from '../../collections/vocabularies'
import { escapeXml } from './escapeXml'

/** How each rule is named in the clinician's email: what happened, never to whom. */
export const ruleDescriptions: Record<AlertRule, string> = {
  'pain-high': 'high pain score logged',
  'pain-rise': 'pain risen above the first-week average',
  'no-log': 'no session logged for several days',
  'adherence-drop': '7-day adherence well below the 30-day',
}

export type AlertBatch = Array<{ rule: AlertRule; severity: AlertSeverity }>

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * The email that tells a clinician new alerts came in: how many, of which kinds, and a link to
 * "Needs attention" in the admin. It names no patient and holds no score or comment: an email
 * can be read where the admin's access rules don't reach.
 */
export const alertEmail = (batch: AlertBatch, dashboardUrl: string) => {
  const urgent = batch.filter((alert) => alert.severity === 'urgent').length
  const counts = new Map<AlertRule, number>()
  for (const { rule } of batch) {
    counts.set(rule, (counts.get(rule) ?? 0) + 1)
  }
  const lines = [...counts].map(([rule, count]) => `${count} × ${ruleDescriptions[rule]}`)
  const subject =
    `${plural(batch.length, 'new adherence alert', 'new adherence alerts')}` +
    (urgent ? ` (${urgent} urgent)` : '')
  const intro = `Your patients' session logs raised ${plural(batch.length, 'alert', 'alerts')}:`
  const text = [
    intro,
    '',
    ...lines.map((line) => `- ${line}`),
    '',
    `See who and what under "Needs attention": ${dashboardUrl}`,
    '',
    'This email names no patient; the admin shows the details to signed-in staff.',
  ].join('\n')
  const html = [
    '<!doctype html><html lang="en"><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeXml(intro)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeXml(line)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeXml(dashboardUrl)}">Open "Needs attention" in the admin</a></p>`,
    '<p style="color: #555">This email names no patient; the admin shows the details to signed-in staff.</p>',
    '</body></html>',
  ].join('')
  return { subject, text, html }
}
