import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import type { LocalDay, Weekday } from '../adherence/plannedSessions'
import { payloadTable } from '../db/payloadTables'

/** The columns the patient part's read uses, by table (Payload's field names): checked at first use. */
export const LOGGING_COLUMNS = {
  'session-logs': ['program', 'routine', 'day', 'pain', 'comment'],
  'reminder-preferences': ['id', 'program', 'patient', 'email', 'time'],
  // A hasMany select's values live in a table of their own, one row per value.
  programs_practice_days: ['parent', 'value', 'order'],
  reminder_preferences_quiet_days: ['parent', 'value', 'order'],
} as const

/** A log of this week, as the page uses it. */
export type WeekLog = {
  routine: number
  day: LocalDay
  pain: number | null
  comment: string | null
}

/** A routine's last note before today. */
export type LastNote = { routine: number; day: LocalDay; comment: string }

/** The reminder choice as stored. */
export type StoredPreference = { email: boolean; time: string; quietDays: Weekday[] }

/** Everything of the patient's own records the page shows, for one program and patient. */
export type LoggingRows = {
  practiceDays: Weekday[]
  /** The program's logs from `from` to `to` (both included). */
  week: WeekLog[]
  /** Each routine's newest note before `today`, one per routine of the program. */
  lastNotes: LastNote[]
  preference?: StoredPreference
}

const table = <Columns extends string>(
  payload: Payload,
  slug: string,
  columns: readonly Columns[],
) => payloadTable(payload, slug as CollectionSlug, columns)

/**
 * The program's practice days, its logs of a week, each routine's last note before today, and
 * the patient's reminder choice with its quiet days, in one statement (a subquery each, as
 * JSON): a page view's own records cost one round trip.
 */
export const readLoggingRows = async (
  payload: Payload,
  owner: { program: number; patient: number },
  range: { from: LocalDay; to: LocalDay; today: LocalDay },
): Promise<LoggingRows> => {
  const log = table(payload, 'session-logs', LOGGING_COLUMNS['session-logs'])
  const preference = table(payload, 'reminder-preferences', LOGGING_COLUMNS['reminder-preferences'])
  const practice = table(payload, 'programs_practice_days', LOGGING_COLUMNS.programs_practice_days)
  const quiet = table(
    payload,
    'reminder_preferences_quiet_days',
    LOGGING_COLUMNS.reminder_preferences_quiet_days,
  )
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const result = await drizzle.execute(sql`select
    (select coalesce(json_agg(${practice.value} order by ${practice.order}), '[]'::json)
      from ${practice} where ${practice.parent} = ${owner.program}) as "practiceDays",
    (select coalesce(json_agg(w), '[]'::json) from (
      select ${log.routine} as routine, ${log.day} as day, ${log.pain} as pain,
        ${log.comment} as comment
      from ${log}
      where ${log.program} = ${owner.program} and ${log.day} >= ${range.from}
        and ${log.day} <= ${range.to}) w) as "week",
    (select coalesce(json_agg(n), '[]'::json) from (
      select distinct on (${log.routine}) ${log.routine} as routine, ${log.day} as day,
        ${log.comment} as comment
      from ${log}
      where ${log.program} = ${owner.program} and ${log.day} < ${range.today}
        and ${log.comment} is not null and ${log.comment} <> ''
      order by ${log.routine}, ${log.day} desc) n) as "lastNotes",
    (select json_build_object('email', coalesce(${preference.email}, false),
        'time', ${preference.time},
        'quietDays', (select coalesce(json_agg(${quiet.value} order by ${quiet.order}), '[]'::json)
          from ${quiet} where ${quiet.parent} = ${preference.id}))
      from ${preference}
      where ${preference.program} = ${owner.program} and ${preference.patient} = ${owner.patient}
      limit 1) as "preference"`)
  const row = result.rows[0] as {
    practiceDays: Weekday[]
    week: WeekLog[]
    lastNotes: LastNote[]
    preference: StoredPreference | null
  }
  return {
    practiceDays: row.practiceDays,
    week: row.week,
    lastNotes: row.lastNotes,
    preference: row.preference ?? undefined,
  }
}
