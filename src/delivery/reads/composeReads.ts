import type { Payload } from 'payload'

import { libraryReadCache } from './libraryReadCache'
import { memoizedReads } from './memoizedReads'

/**
 * How one piece of delivery work reads what a handout is made from: each thing once, and the
 * shared library from the process's checked cache.
 */
export const composeReads = (payload: Payload): Payload => memoizedReads(libraryReadCache(payload))
