import { mailFrom } from '../email/transport'
import type { ClinicSetting } from '../payload-types'

type Address = { name: string; address: string }

/**
 * Who a patient's email is from: `MAIL_FROM` when it is set, else the clinic itself, by the
 * name and address in its settings (the default no-reply address while it has none). Replies
 * go to the clinic's address whenever it has one.
 */
export const senderFor = (
  clinic: Pick<ClinicSetting, 'name' | 'email'>,
): { from: Address; replyTo?: Address } => {
  const address = clinic.email?.trim()
  const name = clinic.name?.trim() || mailFrom().name
  const replyTo = address ? { name, address } : undefined
  if (process.env.MAIL_FROM) {
    return { from: mailFrom(), replyTo }
  }
  return { from: { name, address: address ?? mailFrom().address }, replyTo }
}
