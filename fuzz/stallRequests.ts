import type { HostileRequest } from './hostileRequests'
import { nestedValue, toJson } from './poisons'

/** A Lexical rich-text value of one paragraph holding `text`. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

/**
 * The four kinds of request that once stalled the whole server: a save whose text is one huge
 * word (reading level), deep population, a handout of a huge word (line breaking) and a select
 * given a deeply nested value. `targetId` is a technique the suite made for itself.
 */
export const stallRequests = (targetId: number, patientId: number): HostileRequest[] => {
  const json = { 'content-type': 'application/json' }
  const word = 'pneumonoultramicroscopic'.repeat(Math.ceil(1_000_000 / 24)).slice(0, 1_000_000)
  return [
    {
      family: 'stall-reading-level',
      as: 'editor',
      method: 'PATCH',
      path: `/api/techniques/${targetId}`,
      headers: json,
      body: JSON.stringify({ body: richText(word) }),
    },
    {
      family: 'stall-depth',
      as: 'anonymous',
      method: 'GET',
      path: '/api/conditions?depth=5&limit=100',
    },
    {
      family: 'stall-depth',
      as: 'anonymous',
      method: 'GET',
      path: '/api/routines?depth=6&limit=100',
    },
    { family: 'stall-depth', as: 'anonymous', method: 'GET', path: '/api/conditions?depth=100' },
    {
      family: 'stall-handout',
      as: 'anonymous',
      method: 'GET',
      path: `/api/techniques/${targetId}/handout.pdf`,
    },
    {
      family: 'stall-handout',
      as: 'editor',
      method: 'GET',
      path: `/api/techniques/${targetId}/handout.pdf`,
    },
    {
      family: 'stall-nesting',
      as: 'clinician',
      method: 'PATCH',
      path: `/api/patients/${patientId}`,
      headers: json,
      body: toJson({ preferredLanguage: { root: nestedValue(2_000) } }),
    },
  ]
}
