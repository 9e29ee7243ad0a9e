import type { Payload } from 'payload'

import type { LibraryReader } from '../../handouts/compose/reader'
import { deliveryReadCache } from './deliveryReadCache'
import { memoizedReads } from './memoizedReads'

/**
 * How one piece of delivery work reads what a handout is made from, as the system: each thing
 * once, and the shared library from the process's checked cache.
 */
export const composeReads = (payload: Payload): LibraryReader =>
  memoizedReads(deliveryReadCache(payload))
