'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'

const PATIENT_READING_GRADE_MAX = 8

/** Shows the computed Flesch-Kincaid grade, and a warning when patients may struggle with it. */
export const ReadingLevelField: NumberFieldClientComponent = ({ field, path }) => {
  const { value } = useField<number | null>({ path: path ?? field.name })
  const tooHard = typeof value === 'number' && value > PATIENT_READING_GRADE_MAX
  return (
    <div className={`reading-level${tooHard ? ' reading-level--warning' : ''}`} role="status">
      <FieldLabel label={field.label ?? 'Reading level'} path={path} />
      <div className="reading-level__value">
        {typeof value === 'number' ? `Grade ${value.toFixed(1)}` : 'Computed when saved'}
      </div>
      {tooHard ? (
        <p className="reading-level__advice">
          Harder than grade {PATIENT_READING_GRADE_MAX}. Patient handouts should read at grade 6–8:
          use shorter sentences and everyday words.
        </p>
      ) : null}
    </div>
  )
}
