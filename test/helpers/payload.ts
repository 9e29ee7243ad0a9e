import type { Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { shutdownPayload } from '../../src/db/shutdown'

export const startPayload = (): Promise<Payload> => getPayload({ config })

export const stopPayload = (payload: Payload): Promise<void> => shutdownPayload(payload)
