/** Closed vocabularies: each feeds a select field's options and the TypeScript type. */

export const roles = ['admin', 'clinician', 'editor'] as const
export type Role = (typeof roles)[number]

export const techniqueCategories = [
  'swedish',
  'deep-tissue',
  'specialised',
  'self-massage',
] as const

export const techniqueKinds = ['clinic-applied', 'self-applied'] as const

/** The kind of technique the therapist applies: never part of a home routine or program. */
export const THERAPIST_APPLIED: (typeof techniqueKinds)[number] = 'clinic-applied'

export const bodyRegions = [
  'head-neck',
  'shoulders',
  'arms-hands',
  'chest',
  'upper-back',
  'lower-back',
  'hips-glutes',
  'legs',
  'feet',
  'whole-body',
] as const

export const pressureLevels = ['light', 'moderate', 'firm'] as const

export const frequencies = [
  'several-times-daily',
  'twice-daily',
  'daily',
  'every-other-day',
  'weekly',
  'every-two-weeks',
  'as-needed',
] as const

/** Days of the week, Monday first, as a program's practice days and a patient's quiet days. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

export const timesOfDay = [
  'morning',
  'midday',
  'evening',
  'bedtime',
  'before-activity',
  'after-exercise',
  'any-time',
] as const

export const routinePurposes = [
  'morning-stiffness',
  'pre-activity',
  'post-exercise',
  'evening-relaxation',
  'flare-up',
  'daily-maintenance',
  'in-clinic',
] as const
export type RoutinePurpose = (typeof routinePurposes)[number]

/** The one purpose of a routine done in the clinic; every other purpose is a home routine's. */
export const IN_CLINIC: RoutinePurpose = 'in-clinic'

/** A routine for home use holds only techniques the patient does (self-applied). */
export const isHomePurpose = (purpose: unknown): boolean =>
  typeof purpose === 'string' && purpose !== IN_CLINIC

export const resourceKinds = [
  'article',
  'organisation',
  'course',
  'support-group',
  'insurance-guidance',
  'research',
  'practitioner-guidance',
] as const

export const languages = ['en', 'es', 'fr', 'de', 'pt', 'it', 'zh', 'ar'] as const

export const programStatuses = ['draft', 'ready', 'active', 'completed', 'archived'] as const

/** Only these programs can be emailed to the patient. */
export const sendableProgramStatuses = ['ready', 'active'] as const

export const handoutTemplates = ['home-program', 'condition-guide', 'technique-card'] as const

/** The handout templates made from a program (those in templates/ whose source is programs). */
export const programTemplates = ['home-program'] as const

export const deliveryChannels = ['email', 'pdf'] as const

export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed'] as const

/**
 * A reminder's send: `pending` (claimed, not yet handed to the mail server; a stopped worker's
 * claim is taken over), `sending` (handed over), `sent`, `failed` (refused for good, or too late),
 * `unconfirmed` (the worker stopped while handing it over: it may have arrived, never sent again).
 */
export const reminderSendStatuses = ['pending', 'sending', 'sent', 'failed', 'unconfirmed'] as const
export type ReminderSendStatus = (typeof reminderSendStatuses)[number]

/** What a reminder is about: `session`, the day's routines (one per patient, program and day). */
export const reminderKinds = ['session'] as const

/** A patient link is active until stopped ("Stop this link"); expiry is a date, not a state. */
export const patientLinkStates = ['active', 'stopped'] as const

/**
 * Why a link was stopped, for the clinician's panel: by staff ("Stop this link"), or because
 * the program was moved to another patient, or the patient was archived or erased.
 */
export const patientLinkStopReasons = [
  'stopped-by-staff',
  'patient-changed',
  'patient-archived',
  'patient-erased',
] as const
export type PatientLinkStopReason = (typeof patientLinkStopReasons)[number]

/** An archived patient is kept for the record: no link opens and nothing is sent to them. */
export const patientStatuses = ['active', 'archived'] as const

/** `unconfirmed`: the worker stopped while the mail server was receiving the message. */
export const deliveryAttemptOutcomes = ['sent', 'retry', 'failed', 'unconfirmed'] as const

/**
 * What an adherence alert is about: a pain score at or above the urgent threshold, a rise over
 * the patient's first-week average, days without a log while the program is active, and the
 * 7-day adherence falling below the 30-day one.
 */
export const alertRules = ['pain-high', 'pain-rise', 'no-log', 'adherence-drop'] as const
export type AlertRule = (typeof alertRules)[number]

export const alertSeverities = ['urgent', 'high', 'low'] as const
export type AlertSeverity = (typeof alertSeverities)[number]

/** `outbox`: no SMTP server is configured, so the message was written to an `.eml` file. */
export const deliveryTransports = ['smtp', 'outbox'] as const

/** Turns `deep-tissue` into `Deep tissue` for select labels. */
export const labelFor = (value: string): string => {
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export const optionsFor = (values: readonly string[]) =>
  values.map((value) => ({ label: labelFor(value), value }))

/**
 * What an audit event records a staff member doing: reading one record or a list, changing one,
 * sending a program, stopping or renewing its patient link, signing in (or failing to), and an
 * admin's export of the trail. `locked-out`: the failed sign-in that locked the account;
 * `sign-in-while-locked`: an attempt refused because the account is locked.
 */
export const auditActions = [
  'read',
  'list',
  'create',
  'update',
  'delete',
  'send',
  'link-stop',
  'link-renew',
  'archive',
  'erase',
  'sign-in',
  'sign-in-failed',
  'locked-out',
  'sign-in-while-locked',
  'export',
] as const
export type AuditAction = (typeof auditActions)[number]

/** The collections audit events name: patient data, staff sign-ins and the trail itself. */
export const auditedCollections = [
  'patients',
  'programs',
  'deliveries',
  'patient-links',
  'reminder-preferences',
  'session-logs',
  'alerts',
  'reminder-sends',
  'users',
  'audit-events',
] as const
export type AuditedCollection = (typeof auditedCollections)[number]
