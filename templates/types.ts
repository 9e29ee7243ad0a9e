import type { ComposeContext, ComposedDocument } from '../src/handouts/compose/context'

/** A handout template: what it is made from, and the compose function that lays it out. */
export type HandoutTemplate = {
  name: 'home-program' | 'condition-guide' | 'technique-card'
  label: string
  /** The collection whose document the template is made from. */
  source: 'programs' | 'conditions' | 'techniques'
  compose: (context: ComposeContext, id: number) => Promise<ComposedDocument>
}
