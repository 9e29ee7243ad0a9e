import type { Payload } from 'payload'

import { markup } from '../handouts/email/html/markup'
import { loggingLabels } from '../handouts/page/loggingLabels'
import {
  remindersSection,
  routineCard,
  routineCardId,
  weekSection,
  type LoggingView,
} from '../handouts/page/logging'
import { pageShell } from '../handouts/page/page'
import { DEFAULT_ACCENT, DEFAULT_PRIMARY } from '../handouts/brand/colour'
import { clientAddress } from '../http/clientAddress'
import { linkClock } from '../patientLinks/clock'
import { formFields } from '../sessionLogs/formBody'
import { readLogForm } from '../sessionLogs/logForm'
import { FormRefused } from '../sessionLogs/refusal'
import { todayFor } from '../sessionLogs/loggingState'
import { pageRoutines } from '../sessionLogs/pageRoutines'
import { readReminderForm } from '../sessionLogs/reminderForm'
import { saveReminderChoice } from '../sessionLogs/savePreferences'
import { saveLog, undoLog } from '../sessionLogs/writeLog'
import { evaluateAlerts } from '../adherence/evaluateAlerts'
import { keptDelivery, type KeptDelivery } from './keptDelivery'
import { lookUpLink, type OpenedLink } from './lookup'
import { isLarge, patientPart } from './patientPart'
import { allowLookup, allowSave } from './rateLimit'
import { html, notFound, tooManyResponse } from './respond'

type Save = 'log' | 'reminders'

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json')

const noStore = { 'Cache-Control': 'no-store' }

/** A refused save: JSON for the page's script, else a plain page saying why, with a way back. */
const refused = (
  request: Request,
  status: number,
  message: string,
  base?: string,
  language = 'en',
) => {
  if (wantsJson(request)) {
    return Response.json({ errors: [{ message }] }, { status, headers: noStore })
  }
  const labels = loggingLabels(language)
  return html(
    pageShell({
      language,
      title: labels.notSavedTitle,
      large: false,
      branding: { primaryColour: DEFAULT_PRIMARY, accentColour: DEFAULT_ACCENT },
      body: markup`<main><h1>${labels.notSavedTitle}</h1><p>${message}</p>${
        base
          ? markup`<p><a class="button primary" href="${base}">${labels.backToProgram}</a></p>`
          : ''
      }</main>`,
    }),
    status,
  )
}

/** Back to the page, at the part that changed (no script), or that part itself (script). */
const saved = (
  request: Request,
  view: LoggingView,
  message: string,
  fragments: string[],
  anchor: string,
  focus: string,
) => {
  if (wantsJson(request)) {
    return Response.json({ message, fragments, focus }, { headers: noStore })
  }
  const back = `${view.base}${view.large ? '?size=large' : ''}#${anchor}`
  return new Response(null, { status: 303, headers: { ...noStore, Location: back } })
}

/**
 * The clinician's alerts a new log calls for (a high pain score, a rise), raised at once. The
 * log is saved whatever happens here: a failure is logged by name and left to the periodic check.
 */
const raiseAlertsAfterLog = async (payload: Payload, programId: number, now: Date) => {
  try {
    await evaluateAlerts(payload, programId, now)
  } catch (error) {
    payload.logger.warn(
      `Alerts for program ${programId} were not evaluated (${(error as Error)?.name ?? 'Error'}); the periodic check will.`,
    )
  }
}

const saveLogFrom = async (
  payload: Payload,
  request: Request,
  link: OpenedLink,
  delivery: KeptDelivery,
  base: string,
) => {
  const form = readLogForm(await formFields(request))
  const now = linkClock.now()
  const large = isLarge(request, delivery)
  const routine = (await pageRoutines(payload, delivery)).find(({ id }) => id === form.routine)
  if (!routine) {
    throw new FormRefused(422, 'This routine is not part of your program.')
  }
  const { today } = await todayFor(payload, link, now)
  if (form.action === 'done') {
    await saveLog(payload, link, { ...form, day: today }, now)
    await raiseAlertsAfterLog(payload, link.program, now)
  } else {
    await undoLog(payload, link, form.routine, today)
  }
  const view = await patientPart(payload, link, delivery, base, large, now)
  const labels = loggingLabels(view.language)
  const card = routineCardId(routine.id)
  return saved(
    request,
    view,
    form.action === 'done' ? labels.saved(routine.name) : labels.undone(routine.name),
    [routineCard(view, routine).value, weekSection(view).value],
    card,
    `${card}-status`,
  )
}

const saveRemindersFrom = async (
  payload: Payload,
  request: Request,
  link: OpenedLink,
  delivery: KeptDelivery,
  base: string,
) => {
  const choice = readReminderForm(await formFields(request))
  const large = isLarge(request, delivery)
  const now = linkClock.now()
  if (choice.email && !(await todayFor(payload, link, now)).canEmail) {
    throw new FormRefused(
      422,
      'Email reminders need your consent to be emailed, which your clinic records. Ask your clinic.',
    )
  }
  await saveReminderChoice(payload, link, choice)
  const view = await patientPart(payload, link, delivery, base, large, now)
  return saved(
    request,
    view,
    loggingLabels(view.language).remindersSaved,
    [remindersSection(view).value],
    'reminders',
    'reminders-now',
  )
}

const saveOf = (rest: string[]): Save | undefined =>
  rest.length === 1 && (rest[0] === 'log' || rest[0] === 'reminders') ? rest[0] : undefined

/**
 * A save from the patient's page: `POST /p/<token>/log` ("Done" with an optional pain score and
 * note, or "Undo", for one routine today) and `POST /p/<token>/reminders`. A plain form post is
 * answered with 303 back to the page; the page's script (asking for JSON) gets the changed parts.
 * Only a working link saves, only for its own program's routines; everything refused is a 4xx
 * with a message, and nothing of what the patient wrote is logged.
 */
export const savePatientForm = async (
  payload: Payload,
  request: Request,
  segments: string[],
): Promise<Response> => {
  const [token = '', ...rest] = segments
  if (!(await allowLookup(payload, clientAddress(request)))) {
    return wantsJson(request)
      ? refused(request, 429, 'Too many tries from your connection: wait a minute.')
      : tooManyResponse(payload, request)
  }
  const save = saveOf(rest)
  const link = save && (await lookUpLink(payload, token, linkClock.now()))
  const delivery = link && (await keptDelivery(payload, link.delivery))
  if (!save || !link || !delivery || 'unreadable' in delivery) {
    return wantsJson(request)
      ? refused(request, 404, 'This link does not open a program: ask your clinic for a new one.')
      : notFound(payload, request)
  }
  const base = `/p/${token}`
  const language = delivery.snapshot.document.meta.language
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return refused(
      request,
      403,
      'This form can only be sent from your program page.',
      base,
      language,
    )
  }
  if (!(await allowSave(payload, link.id))) {
    const response = refused(
      request,
      429,
      'Too many saves from this link: wait a minute.',
      base,
      language,
    )
    response.headers.set('Retry-After', '60')
    return response
  }
  try {
    return save === 'log'
      ? await saveLogFrom(payload, request, link, delivery, base)
      : await saveRemindersFrom(payload, request, link, delivery, base)
  } catch (error) {
    if (error instanceof FormRefused) {
      return refused(request, error.status, error.message, base, language)
    }
    throw error
  }
}
