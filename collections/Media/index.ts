import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { dataDir } from '../../src/paths'
import { anyone } from '../access/anyone'
import { contentEditors } from '../access/contentEditors'
import { imageVariants } from './variants'

/**
 * Images for handouts. Every upload is stored once more in the sizes the handouts use
 * (`print` for PDFs, `email` for messages), normalised to one shape: see variants.ts.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Media' },
  admin: { useAsTitle: 'alt', group: 'Library' },
  access: {
    read: anyone,
    create: contentEditors,
    update: contentEditors,
    delete: contentEditors,
  },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    adminThumbnail: 'email',
    imageSizes: imageVariants,
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for screen readers and tagged PDFs.' },
    },
    { name: 'caption', type: 'text' },
  ],
}
