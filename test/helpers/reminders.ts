import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'

import { linkTokenForSend, recordLinkSent } from '../../src/patientLinks/links'
import type { Patient, Program, User } from '../../src/payload-types'
import { uniqueAddress } from './delivery'
import { relyingOnDefaults, uniqueName } from './fixtures'

export type ReminderSetup = {
  clinician: User
  routines?: number[]
  timeZone?: string | null
  time?: string
  practiceDays?: Program['practiceDays']
  quietDays?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]
  status?: Program['status']
  emailConsent?: boolean
  email?: boolean
  name?: string
  language?: Patient['preferredLanguage']
}

/**
 * A patient who chose email reminders for their program, the program sent to them (a delivery
 * and its working link, made by the link code a send uses), and their preference as the
 * patient's page stores it (server-written).
 */
export const createRemindedPatient = async (
  payload: Payload,
  {
    clinician,
    routines = [],
    timeZone = null,
    time = '18:00',
    practiceDays = [],
    quietDays = [],
    status = 'active',
    emailConsent = true,
    email = true,
    name = uniqueName('Rosalind Reminded'),
    language = 'en',
  }: ReminderSetup,
) => {
  const patient = await payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({
      name,
      email: uniqueAddress(),
      emailConsent,
      clinician: clinician.id,
      timeZone,
      preferredLanguage: language,
    }),
  })
  const program = await payload.create({
    collection: 'programs',
    depth: 0,
    data: relyingOnDefaults<'programs'>({ patient: patient.id, routines, status, practiceDays }),
  })
  const delivery = await payload.create({
    collection: 'deliveries',
    data: {
      program: program.id,
      patient: patient.id,
      clinician: clinician.id,
      channel: 'email',
      template: 'home-program',
      recipient: patient.email,
      idempotencyKey: uniqueName('key'),
      status: 'sent',
    },
  })
  const token = await linkTokenForSend(payload, program.id, patient.id)
  await recordLinkSent(payload, program.id, patient.id, delivery.id)
  const preference = await payload.create({
    collection: 'reminder-preferences',
    data: { program: program.id, patient: patient.id, email, time, quietDays },
  })
  return { patient, program, token, preference }
}

export type RemindedPatient = Awaited<ReturnType<typeof createRemindedPatient>>

/** The reminders the SMTP server received for this patient, oldest first. */
export const remindersTo = (received: ParsedMail[], patient: Patient) =>
  received.filter(
    (mail) =>
      JSON.stringify(mail.to).includes(patient.email!) &&
      String(mail.messageId ?? '').startsWith('<reminder-'),
  )

/** The patient's reminder-sends rows, oldest day first. */
export const sendsOf = async (payload: Payload, patient: Patient) =>
  (
    await payload.find({
      collection: 'reminder-sends',
      where: { patient: { equals: patient.id } },
      sort: 'day',
      depth: 0,
      pagination: false,
    })
  ).docs

/** Email reminders off for these patients, so later tests' clocks find them quiet. */
export const silence = async (payload: Payload, ...reminded: RemindedPatient[]) => {
  for (const { preference } of reminded) {
    await payload.update({
      collection: 'reminder-preferences',
      id: preference.id,
      data: { email: false },
    })
  }
}

/** `2026-03-08T07:00:00Z` as ms. */
export const at = (iso: string) => new Date(iso).getTime()
