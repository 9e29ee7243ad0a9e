import type { Payload } from 'payload'

import { markup } from '../handouts/email/html/markup'
import { notFoundPage } from '../handouts/page/notFound'
import { pageShell, type RenderedPage } from '../handouts/page/page'
import { patientHeaders } from '../patientPage/headers'
import { readUnsubscribeToken, type UnsubscribeTarget } from './unsubscribeToken'

const words = {
  en: {
    title: 'Stop reminder emails?',
    body: 'You will no longer get reminder emails for this home program. Your program page keeps working, and you can turn reminders on again there.',
    button: 'Stop reminder emails',
    doneTitle: 'Reminder emails stopped',
    doneBody:
      'You will not get reminder emails for this home program any more. You can turn them on again on your program page.',
  },
  es: {
    title: '¿Dejar de recibir recordatorios?',
    body: 'Ya no recibirás recordatorios por correo de este programa en casa. La página de tu programa sigue funcionando y allí puedes volver a activarlos.',
    button: 'Dejar de recibir recordatorios',
    doneTitle: 'Recordatorios desactivados',
    doneBody:
      'Ya no recibirás recordatorios por correo de este programa en casa. Puedes volver a activarlos en la página de tu programa.',
  },
}

const languageOf = (request: Request) =>
  /^\s*es\b/i.test(request.headers.get('accept-language') ?? '') ? 'es' : 'en'

/** The patient page's headers; the page's one form posts back to this address. */
const headersFor = (page: RenderedPage) => ({
  ...patientHeaders({ style: page.styleHash, forms: true }),
  'Content-Type': 'text/html; charset=utf-8',
})

const answer = (page: RenderedPage, status: number) =>
  new Response(page.html, { status, headers: headersFor(page) })

const page = (
  clinic: { name?: string | null; primaryColour?: string | null; accentColour?: string | null },
  language: 'en' | 'es',
  title: string,
  body: ReturnType<typeof markup>,
) =>
  pageShell({
    language,
    title: `${title} · ${clinic.name ?? ''}`,
    large: false,
    branding: {
      primaryColour: clinic.primaryColour ?? '#2E6F62',
      accentColour: clinic.accentColour ?? '#C8643B',
    },
    body: markup`<header class="top"><p class="clinic">${clinic.name ?? ''}</p></header><main><h1>${title}</h1>${body}</main>`,
  })

/** Email reminders off for the program and patient, at once; the same answer however often. */
export const turnOffReminders = async (payload: Payload, { program, patient }: UnsubscribeTarget) =>
  payload.update({
    collection: 'reminder-preferences',
    where: { program: { equals: program }, patient: { equals: patient } },
    data: { email: false },
    depth: 0,
    select: {},
  })

/**
 * `/unsubscribe/<token>`, with no sign-in: GET shows what the button does and changes nothing
 * (mail scanners follow links); POST, the button's form or a mail client's one-click request
 * (RFC 8058: `List-Unsubscribe=One-Click`, no cookies), turns the reminders off and answers 200,
 * again and again. A token the server did not make gets the link-not-found page (404).
 */
export const respondToUnsubscribe = async (payload: Payload, request: Request, token: string) => {
  const language = languageOf(request)
  const clinic = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const target = readUnsubscribeToken(token)
  if (!target) {
    return answer(
      notFoundPage({ name: clinic.name || 'Your clinic', phone: clinic.phone }, language),
      404,
    )
  }
  const say = words[language]
  if (request.method === 'POST') {
    await turnOffReminders(payload, target)
    return answer(page(clinic, language, say.doneTitle, markup`<p>${say.doneBody}</p>`), 200)
  }
  return answer(
    page(
      clinic,
      language,
      say.title,
      markup`<p>${say.body}</p><form method="post"><p><button class="button primary" type="submit" name="List-Unsubscribe" value="One-Click">${say.button}</button></p></form>`,
    ),
    200,
  )
}
