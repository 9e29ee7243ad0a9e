import config from '@payload-config'
import { getPayload } from 'payload'

import { respondToUnsubscribe } from '../../../../reminders/unsubscribePage'

type Args = { params: Promise<{ token: string }> }

/** A reminder's unsubscribe link: GET shows the button, POST (and one-click POST) unsubscribes. */
export const GET = async (request: Request, { params }: Args) =>
  respondToUnsubscribe(await getPayload({ config }), request, (await params).token)

export const POST = async (request: Request, { params }: Args) =>
  respondToUnsubscribe(await getPayload({ config }), request, (await params).token)

export const dynamic = 'force-dynamic'
