import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { shutdownPayload } from '../../src/db/shutdown'

/** Starting Payload in development mode pushes the schema to the test database. */
await shutdownPayload(await getPayload({ config }))
