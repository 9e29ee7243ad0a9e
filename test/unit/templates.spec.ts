import { describe, expect, it } from '@jest/globals'

import { handoutTemplates, programTemplates } from '../../collections/vocabularies'
import { templates } from '../../templates'

describe('handout templates', () => {
  it('are the ones a delivery can record', () => {
    expect(Object.keys(templates).sort()).toEqual([...handoutTemplates].sort())
  })

  it('offer a program exactly those made from a program', () => {
    const fromPrograms = Object.values(templates).filter(
      (template) => template.source === 'programs',
    )
    expect([...programTemplates].sort()).toEqual(
      fromPrograms.map((template) => template.name).sort(),
    )
  })
})
