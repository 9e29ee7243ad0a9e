import type Mail from 'nodemailer/lib/mailer'
import type { Payload } from 'payload'

import { senderFor } from '../delivery/sender'
import { isLatinScript, languageTag } from '../handouts/brand/language'
import { programPageUrl } from '../patientLinks/linkUrl'
import type { ClinicSetting, Routine } from '../payload-types'
import type { ClaimedReminder } from './claims'
import { renderReminderEmail } from './email'
import { unsubscribeUrl } from './unsubscribeToken'

/** Routines done as needed rather than on a schedule: not named as today's plan. */
const unscheduledPurposes = new Set(['flare-up'])

const firstNameOf = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] ?? ''

/**
 * The messages for claimed reminders, made with two reads for the whole batch (their patients,
 * their programs' routines by name) and the clinic settings read once by the caller. A
 * reminder whose patient has no address by now gets none.
 */
export const reminderMessages = async (
  payload: Payload,
  claimed: ClaimedReminder[],
  clinic: ClinicSetting,
): Promise<Map<number, Mail.Options>> => {
  const patientIds = [...new Set(claimed.map((one) => one.patient))]
  const programIds = [...new Set(claimed.map((one) => one.program))]
  const [{ docs: patients }, { docs: programs }] = await Promise.all([
    payload.find({
      collection: 'patients',
      where: { id: { in: patientIds } },
      select: { name: true, email: true, preferredLanguage: true },
      depth: 0,
      pagination: false,
    }),
    payload.find({
      collection: 'programs',
      where: { id: { in: programIds } },
      select: { routines: true },
      depth: 1,
      pagination: false,
    }),
  ])
  const patientById = new Map(patients.map((patient) => [patient.id, patient]))
  const routinesByProgram = new Map(
    programs.map((program) => [
      program.id,
      (program.routines ?? [])
        .filter((routine): routine is Routine => typeof routine === 'object' && routine !== null)
        .filter((routine) => !unscheduledPurposes.has(routine.purpose))
        .map((routine) => routine.name),
    ]),
  )
  const { from, replyTo } = senderFor(clinic)
  const domain = from.address.split('@')[1] ?? 'clinic.localhost'
  const messages = new Map<number, Mail.Options>()
  for (const one of claimed) {
    const patient = patientById.get(one.patient)
    if (!patient?.email) {
      continue
    }
    const unsubscribe = unsubscribeUrl({ program: one.program, patient: one.patient })
    const email = renderReminderEmail({
      clinic,
      firstName: firstNameOf(patient.name),
      language: patient.preferredLanguage,
      routines: routinesByProgram.get(one.program) ?? [],
      programUrl: programPageUrl(one.linkToken),
      unsubscribeUrl: unsubscribe,
    })
    messages.set(one.id, {
      from,
      ...(replyTo ? { replyTo } : {}),
      to: { name: firstNameOf(patient.name), address: patient.email },
      subject: email.subject,
      html: email.html,
      text: email.text,
      textEncoding: isLatinScript(languageTag(patient.preferredLanguage))
        ? 'quoted-printable'
        : 'base64',
      messageId: `<reminder-${one.id}.${one.day}@${domain}>`,
      list: {
        unsubscribe: unsubscribe,
        id: { url: `reminders.${domain}`, comment: `${clinic.name} reminders` },
      },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })
  }
  return messages
}
