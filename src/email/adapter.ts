import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { createMailTransport, mailFrom } from './transport'

type AdapterArgs = NonNullable<Parameters<typeof nodemailerAdapter>[0]>

/** Payload's own mail (password resets) goes through the same transport as handouts. */
export const emailAdapter = () => {
  const from = mailFrom()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport: createMailTransport() as NonNullable<AdapterArgs['transport']>,
    skipVerify: true,
  })
}
