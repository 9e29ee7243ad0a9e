import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { dataDir } from '../src/paths'
import { contentEditors } from './access/contentEditors'

/**
 * Images for handouts. Sizes are PNG because pdfkit reads only JPEG and PNG, and PNG keeps
 * transparent logos clean; `print` fills a page column, `email` suits a 600 px message.
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
    imageSizes: [
      {
        name: 'print',
        width: 1200,
        withoutEnlargement: true,
        formatOptions: { format: 'png', options: { compressionLevel: 9, palette: true } },
      },
      {
        name: 'email',
        width: 600,
        withoutEnlargement: true,
        formatOptions: { format: 'png', options: { compressionLevel: 9, palette: true } },
      },
    ],
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
