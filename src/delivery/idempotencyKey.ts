import { createHash } from 'node:crypto'

import type { ContentVersions } from './reads/contentVersions'

/** One key per program, template and set of content versions: the same handout, sent once. */
export const idempotencyKey = (programId: number, template: string, versions: ContentVersions) =>
  createHash('sha256')
    .update(JSON.stringify({ program: programId, template, versions }))
    .digest('hex')
