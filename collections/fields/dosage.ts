import type { Field, GroupField, NumberField } from 'payload'

import { frequencies, optionsFor, pressureLevels, timesOfDay } from '../vocabularies'

const boundedNumber = (
  name: string,
  label: string,
  min: number,
  max: number,
  unit: string,
): NumberField => ({
  name,
  label,
  type: 'number',
  min,
  max,
  admin: { description: `${unit}, ${min}–${max}`, width: '33%' },
})

const dosageFields: Field[] = [
  {
    type: 'row',
    fields: [
      boundedNumber('durationMinutes', 'Duration', 0, 120, 'Minutes'),
      boundedNumber('repetitions', 'Repetitions', 1, 100, 'Count'),
      boundedNumber('sets', 'Sets', 1, 10, 'Count'),
    ],
  },
  {
    type: 'row',
    fields: [
      boundedNumber('holdSeconds', 'Hold', 0, 300, 'Seconds'),
      boundedNumber('restSeconds', 'Rest', 0, 600, 'Seconds between sets'),
      {
        name: 'pressure',
        type: 'select',
        options: optionsFor(pressureLevels),
        admin: { width: '33%' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'frequency',
        type: 'select',
        options: optionsFor(frequencies),
        admin: { width: '50%' },
      },
      {
        name: 'timeOfDay',
        label: 'Time of day',
        type: 'select',
        hasMany: true,
        options: optionsFor(timesOfDay),
        admin: { width: '50%' },
      },
    ],
  },
]

/** How much of a technique to do. Every part is optional, so a routine item can override a few. */
export const dosageField = (name: string, label: string, description?: string): GroupField => ({
  name,
  label,
  type: 'group',
  admin: { description },
  fields: dosageFields,
})
