import { sendableProgramStatuses } from '../../collections/vocabularies'
import type { Patient, Program } from '../payload-types'

/** One address, a domain with a dot, nothing a mail server would refuse on sight. */
const plausibleAddress = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/

/** Why this program can't be emailed to this patient now, or undefined when it can. */
export const whyNotSendable = (program: Program, patient: Patient): string | undefined => {
  if (patient.erasedAt) {
    return "This patient's personal data was erased: nothing can be sent to them."
  }
  if (patient.status === 'archived') {
    return 'This patient is archived: nothing is sent to an archived patient. Restore them to send again.'
  }
  if (!(sendableProgramStatuses as readonly string[]).includes(program.status)) {
    return `This program is ${program.status}: mark it ready or active before sending it.`
  }
  if (!patient.email?.trim()) {
    return 'This patient has no email address: add one to their record first.'
  }
  if (!patient.emailConsent) {
    return 'This patient has not agreed to receive their program by email: record their consent first.'
  }
  if (!plausibleAddress.test(patient.email.trim())) {
    return "This patient's email address is not a valid address: correct it in their record."
  }
  return undefined
}
