import type { Dosage } from '../src/dosage/dosage'
import type {
  bodyRegions,
  resourceKinds,
  routinePurposes,
  techniqueCategories,
  techniqueKinds,
} from '../collections/vocabularies'

/**
 * Rich text written as data: a string is a paragraph, `{ heading }` an h3, `{ list }` a
 * bulleted list. The loader turns it into Lexical JSON.
 */
export type SeedRichText = Array<string | { heading: string } | { list: string[] }>

/** How the illustration shows the movement (see seeds/illustrations). */
export type SeedMotion =
  'glide' | 'knead' | 'circle' | 'tap' | 'press' | 'stretch' | 'roll' | 'hold'

export type SeedTool = {
  slug: string
  name: string
  summary: string
  choosingTips: string[]
}

export type SeedTechnique = {
  slug: string
  name: string
  category: (typeof techniqueCategories)[number]
  kind: (typeof techniqueKinds)[number]
  bodyRegion: (typeof bodyRegions)[number]
  summary: string
  steps: string[]
  cues: string[]
  precautions: string[]
  /** Tool slugs. */
  equipment: string[]
  defaultDosage: Dosage
  body: SeedRichText
  illustration: { motion: SeedMotion; alt: string }
}

export type SeedRoutine = {
  slug: string
  name: string
  purpose: (typeof routinePurposes)[number]
  summary: string
  items: Array<{ technique: string; dosage?: Dosage; note?: string }>
  /** Condition slugs. */
  conditions: string[]
}

export type SeedResource = {
  slug: string
  title: string
  kind: (typeof resourceKinds)[number]
  summary: string
  url?: string
  body: SeedRichText
}

export type SeedCondition = {
  slug: string
  name: string
  summary: string
  body: SeedRichText
  symptoms: string[]
  howMassageHelps: string[]
  redFlags: string[]
  /** Technique, routine and resource slugs. */
  recommendedTechniques: string[]
  recommendedRoutines: string[]
  resources: string[]
}
