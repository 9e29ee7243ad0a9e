import type { HandoutTemplate } from '../types'
import { composeConditionGuide } from './compose'

export const conditionGuide: HandoutTemplate = {
  name: 'condition-guide',
  label: 'Condition guide',
  source: 'conditions',
  compose: composeConditionGuide,
}
