import type { HandoutTemplate } from '../types'
import { composeHomeProgram } from './compose'

export const homeProgram: HandoutTemplate = {
  name: 'home-program',
  label: 'Home program',
  source: 'programs',
  compose: composeHomeProgram,
}
