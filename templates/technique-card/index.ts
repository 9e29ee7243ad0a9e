import type { HandoutTemplate } from '../types'
import { composeTechniqueCard } from './compose'

export const techniqueCardTemplate: HandoutTemplate = {
  name: 'technique-card',
  label: 'Technique card',
  source: 'techniques',
  compose: composeTechniqueCard,
}
