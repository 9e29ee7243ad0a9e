import { brandColours, DEFAULT_ACCENT, DEFAULT_PRIMARY } from '../handouts/brand/colour'
import { directionOf, languageTag } from '../handouts/brand/language'
import { markup, type MarkupPart } from '../handouts/email/html/markup'
import { reminderLabels } from './labels'

/** Everything a reminder email shows: no more of the patient than their first name. */
export type ReminderEmailInput = {
  clinic: {
    name: string
    primaryColour?: string | null
    accentColour?: string | null
    phone?: string | null
  }
  firstName: string
  language: string
  routines: string[]
  programUrl: string
  unsubscribeUrl: string
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"

/**
 * The reminder: short, in the clinic's colours, today's routines by name, one button to the
 * patient's page, and how to stop them. HTML (tables and inline styles, for mail clients) and
 * text from the same input; every given string is escaped.
 */
export const renderReminderEmail = (input: ReminderEmailInput) => {
  const words = reminderLabels(input.language)
  const brand = brandColours({
    primaryColour: input.clinic.primaryColour ?? DEFAULT_PRIMARY,
    accentColour: input.clinic.accentColour ?? DEFAULT_ACCENT,
  })
  const tag = languageTag(input.language)
  const routines = input.routines.length > 0 ? input.routines : [words.noneNamed]
  const subject = words.subject(input.clinic.name)
  const contact: MarkupPart = input.clinic.phone ? markup`<br>${input.clinic.phone}` : null
  const rows = routines.map(
    (name) =>
      markup`<tr><td style="padding:10px 14px;border-top:1px solid #E3E7EA;${FONT};font-size:16px;line-height:22px;color:#1B1F24"><span style="color:${brand.primaryText};font-weight:700">&#10003;</span>&nbsp; ${name}</td></tr>`,
  )
  const html = markup`<!doctype html>
<html lang="${tag}" dir="${directionOf(tag)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${subject}</title></head>
<body style="margin:0;padding:0;background:#F3F5F6">
<div style="display:none;max-height:0;overflow:hidden">${words.intro}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#F3F5F6"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#FFFFFF;border-radius:10px;overflow:hidden;border:1px solid #E3E7EA">
<tr><td style="background:${brand.primary};padding:18px 28px;${FONT};font-size:18px;font-weight:700;color:${brand.onPrimary}">${input.clinic.name}</td></tr>
<tr><td style="padding:28px 28px 8px;${FONT};color:#1B1F24">
<p style="margin:0 0 12px;font-size:18px;line-height:26px;font-weight:600">${words.greeting(input.firstName)}</p>
<p style="margin:0 0 20px;font-size:16px;line-height:24px">${words.intro}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${brand.primaryTint};border-radius:8px">
<tr><td style="padding:12px 14px 8px;${FONT};font-size:13px;line-height:18px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:${brand.primaryText}">${words.planned}</td></tr>
${rows}
</table>
</td></tr>
<tr><td align="center" style="padding:24px 28px 28px">
<a href="${input.programUrl}" style="display:inline-block;background:${brand.primary};color:${brand.onPrimary};${FONT};font-size:16px;font-weight:700;line-height:20px;text-decoration:none;padding:14px 28px;border-radius:8px">${words.button}</a>
</td></tr>
<tr><td style="padding:16px 28px 24px;border-top:1px solid #E3E7EA;${FONT};font-size:13px;line-height:19px;color:#5A6470">
${words.why} <a href="${input.unsubscribeUrl}" style="color:#5A6470;text-decoration:underline">${words.unsubscribe}</a>.
<br><br><strong style="color:#1B1F24">${input.clinic.name}</strong>${contact}
</td></tr>
</table>
</td></tr></table>
</body></html>`.value
  const text = [
    words.greeting(input.firstName),
    '',
    words.intro,
    '',
    `${words.planned}:`,
    ...routines.map((name) => `- ${name}`),
    '',
    `${words.button}: ${input.programUrl}`,
    '',
    '--',
    words.why,
    words.unsubscribeText(input.unsubscribeUrl),
    '',
    input.clinic.name,
    ...(input.clinic.phone ? [input.clinic.phone] : []),
    '',
  ].join('\n')
  return { subject, html, text }
}
