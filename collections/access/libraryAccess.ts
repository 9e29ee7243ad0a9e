import type { CollectionConfig } from 'payload'

import { contentEditors } from './contentEditors'
import { staffOnly } from './staffOnly'
import { staffOrPublished } from './staffOrPublished'

/** The content library: visitors read what is published, staff read all, editors write. */
export const libraryAccess: CollectionConfig['access'] = {
  read: staffOrPublished,
  readVersions: staffOnly,
  create: contentEditors,
  update: contentEditors,
  delete: contentEditors,
}
