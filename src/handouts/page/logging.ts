import { weekdays } from '../../../collections/vocabularies'
import type { PageRoutine } from '../../sessionLogs/pageRoutines'
import type { LoggingState } from '../../sessionLogs/loggingState'
import { type Markup, markup, multilineText } from '../email/html/markup'
import { loggingLabels, weekdayOf } from './loggingLabels'

/** The patient's part of the page for one visit: their logs, week and reminders, and where to post. */
export type LoggingView = LoggingState & {
  /** The page's path, /p/<token>: forms post under it. */
  base: string
  large: boolean
  language: string
}

const PAIN_SCORES = Array.from({ length: 11 }, (_, i) => i)

/** Where a form posts: under the page's path, keeping the print size for the way back. */
const actionOf = (view: LoggingView, path: string) =>
  `${view.base}/${path}${view.large ? '?size=large' : ''}`

export const routineCardId = (routine: number) => `routine-${routine}`

/** One routine's "Done" card: today's state, the last note, and the form (pain, note, Done, Undo). */
export const routineCard = (view: LoggingView, routine: PageRoutine): Markup => {
  const labels = loggingLabels(view.language)
  const id = routineCardId(routine.id)
  const log = view.todays.get(routine.id)
  const last = view.lastNotes.get(routine.id)
  const status = log
    ? log.pain === null
      ? labels.doneToday
      : labels.doneTodayWithPain(log.pain)
    : labels.notYet
  const pain = log?.pain ?? null
  return markup`<section class="log-card${log ? ' is-done' : ''}" id="${id}" aria-labelledby="${id}-name"><h3 id="${id}-name">${routine.name}</h3><p class="log-status" id="${id}-status" tabindex="-1">${
    log ? markup`<span class="tick" aria-hidden="true">✓</span> ` : ''
  }${status}</p>${
    last
      ? markup`<div class="last-note"><p class="last-note-day">${labels.lastNote(last.day)}</p><p>${multilineText(last.comment)}</p></div>`
      : ''
  }<form class="log-form" method="post" action="${actionOf(view, 'log')}" data-enhanced><input type="hidden" name="routine" value="${routine.id}"><fieldset class="pain"><legend>${labels.painLegend}</legend><div class="pain-scale"><label class="pain-choice"><input type="radio" name="pain" value=""${pain === null ? markup` checked` : ''}><span aria-hidden="true">–</span><span class="visually-hidden">${labels.painNone}</span></label>${PAIN_SCORES.map(
    (score) =>
      markup`<label class="pain-choice"><input type="radio" name="pain" value="${score}"${pain === score ? markup` checked` : ''}><span>${score}</span></label>`,
  )}</div></fieldset><label class="field-label" for="${id}-comment">${labels.note}</label><textarea id="${id}-comment" name="comment" rows="2" maxlength="500" aria-describedby="${id}-hint">${log?.comment ?? ''}</textarea><p class="hint" id="${id}-hint">${labels.noteHint}</p><p class="form-error" role="alert"></p><div class="log-actions"><button class="button primary" type="submit" name="action" value="done">${log ? labels.saveChanges : labels.done}</button>${
    log
      ? markup`<button class="button secondary" type="submit" name="action" value="undo">${labels.undo}</button>`
      : ''
  }</div></form></section>`
}

/** "Today": a card per routine of the program. */
export const todaySection = (view: LoggingView): Markup => {
  const labels = loggingLabels(view.language)
  if (view.routines.length === 0) {
    return markup``
  }
  return markup`<section class="today" aria-labelledby="today-title"><h2 id="today-title">${labels.today(view.today)}</h2><p>${labels.todayIntro}</p>${view.routines.map(
    (routine) => routineCard(view, routine),
  )}</section>`
}

/** Sessions done this week against planned, as a sentence and a dot chart (no script). */
export const weekSection = (view: LoggingView): Markup => {
  const labels = loggingLabels(view.language)
  if (view.routines.length === 0) {
    return markup``
  }
  const done = view.week.reduce((sum, day) => sum + day.done.length, 0)
  const planned = view.week.reduce((sum, day) => sum + day.planned.length, 0)
  return markup`<section class="week" id="your-week" aria-labelledby="week-title"><h2 id="week-title">${labels.week}</h2><p class="week-summary">${labels.weekSummary(done, planned)}</p><ol class="week-chart">${view.week.map(
    (day) => {
      const doneDots = day.done.length
      const openDots = day.planned.filter((routine) => !day.done.includes(routine)).length
      return markup`<li class="week-day${day.day === view.today ? ' is-today' : ''}"><span class="dots" aria-hidden="true">${Array.from(
        { length: doneDots },
        () => markup`<span class="dot done"></span>`,
      )}${Array.from({ length: openDots }, () => markup`<span class="dot open"></span>`)}</span><span class="day-name" aria-hidden="true">${weekdayOf(day.day, view.language, 'short')}</span><span class="visually-hidden">${labels.dayDetail(weekdayOf(day.day, view.language), doneDots, day.planned.length)}</span></li>`
    },
  )}</ol><p class="legend" aria-hidden="true"><span class="dot done"></span> ${labels.legendDone} <span class="dot open"></span> ${labels.legendPlanned}</p></section>`
}

/** The reminders the patient chose, and the form to change them (only "off" without consent). */
export const remindersSection = (view: LoggingView): Markup => {
  const labels = loggingLabels(view.language)
  const { reminders } = view
  const dayName = (day: string, width: 'long' | 'short') =>
    // 2024-01-01 was a Monday: the weekday names in the page's language.
    weekdayOf(
      `2024-01-0${weekdays.indexOf(day as (typeof weekdays)[number]) + 1}`,
      view.language,
      width,
    )
  const current = reminders.email
    ? labels.remindersNow(
        reminders.time,
        reminders.quietDays.map((day) => dayName(day, 'long')),
      )
    : labels.remindersOff
  if (!view.canEmail) {
    return markup`<section class="reminders" id="reminders" aria-labelledby="reminders-title"><h2 id="reminders-title">${labels.reminders}</h2><p class="reminders-now" id="reminders-now" tabindex="-1">${labels.remindersOff}</p><p>${labels.remindersNeedConsent}</p></section>`
  }
  const choice = (value: 'on' | 'off', label: string) =>
    markup`<label class="choice"><input type="radio" name="email" value="${value}"${reminders.email === (value === 'on') ? markup` checked` : ''}><span>${label}</span></label>`
  return markup`<section class="reminders" id="reminders" aria-labelledby="reminders-title"><h2 id="reminders-title">${labels.reminders}</h2><p class="reminders-now" id="reminders-now" tabindex="-1">${current}</p><form class="reminders-form" method="post" action="${actionOf(view, 'reminders')}" data-enhanced><fieldset class="choices"><legend>${labels.emailReminders}</legend>${choice('on', labels.on)}${choice('off', labels.off)}</fieldset><label class="field-label" for="reminder-time">${labels.timeOfDay}</label><input type="time" id="reminder-time" name="time" value="${reminders.time}" required><fieldset class="quiet-days"><legend>${labels.quietDays}</legend><p class="hint">${labels.quietHint}</p><div class="day-choices">${weekdays.map(
    (day) =>
      markup`<label class="choice day"><input type="checkbox" name="quietDays" value="${day}"${reminders.quietDays.includes(day) ? markup` checked` : ''}><span aria-hidden="true">${dayName(day, 'short')}</span><span class="visually-hidden">${dayName(day, 'long')}</span></label>`,
  )}</div></fieldset><p class="form-error" role="alert"></p><button class="button primary" type="submit">${labels.saveReminders}</button></form></section>`
}
