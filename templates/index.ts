import { conditionGuide } from './condition-guide'
import { homeProgram } from './home-program'
import { techniqueCardTemplate } from './technique-card'
import type { HandoutTemplate } from './types'

export const templates: Record<HandoutTemplate['name'], HandoutTemplate> = {
  'home-program': homeProgram,
  'condition-guide': conditionGuide,
  'technique-card': techniqueCardTemplate,
}

export type { HandoutTemplate }
