import type { CollectionBeforeChangeHook } from 'payload'

import { plainTextOf } from '../../src/text/plainText'
import { readingGrade } from '../../src/text/readingLevel'

/** Sets `readingLevel` from the patient-facing text fields named here. */
export const computeReadingLevel =
  (textFields: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const text = plainTextOf(...textFields.map((field) => data[field] ?? originalDoc?.[field]))
    return { ...data, readingLevel: readingGrade(text) }
  }
