import type { Dosage } from '../../dosage/dosage'
import type { DosageRow } from '../document'

const frequencyWords: Record<NonNullable<Dosage['frequency']>, string> = {
  'several-times-daily': 'Several times a day',
  'twice-daily': 'Twice a day',
  daily: 'Once a day',
  'every-other-day': 'Every other day',
  weekly: 'Once a week',
  'every-two-weeks': 'Every two weeks',
  'as-needed': 'When you need it',
}

const timeWords: Record<NonNullable<Dosage['timeOfDay']>[number], string> = {
  morning: 'morning',
  midday: 'midday',
  evening: 'evening',
  bedtime: 'bedtime',
  'before-activity': 'before activity',
  'after-exercise': 'after exercise',
  'any-time': 'any time',
}

const seconds = (value: number) =>
  value >= 60 && value % 60 === 0 ? `${value / 60} min` : `${value} s`

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A dosage in the patient's words, only the parts that are set: "Hold: 30 s", "When: Morning". */
export const dosageRows = (dosage: Dosage): DosageRow[] => {
  const rows: Array<DosageRow | undefined> = [
    dosage.durationMinutes ? { label: 'Time', value: `${dosage.durationMinutes} min` } : undefined,
    dosage.repetitions ? { label: 'Repeat', value: `${dosage.repetitions} times` } : undefined,
    dosage.sets ? { label: 'Sets', value: String(dosage.sets) } : undefined,
    dosage.holdSeconds ? { label: 'Hold', value: seconds(dosage.holdSeconds) } : undefined,
    dosage.restSeconds ? { label: 'Rest', value: seconds(dosage.restSeconds) } : undefined,
    dosage.pressure ? { label: 'Pressure', value: capitalise(dosage.pressure) } : undefined,
    dosage.frequency ? { label: 'How often', value: frequencyWords[dosage.frequency] } : undefined,
    dosage.timeOfDay?.length
      ? {
          label: 'When',
          value: capitalise(dosage.timeOfDay.map((time) => timeWords[time]).join(', ')),
        }
      : undefined,
  ]
  return rows.filter((row): row is DosageRow => row !== undefined)
}

/**
 * A dosage as a short phrase for a routine's plan: "8 times, 2 sets, hold 20 s, light
 * pressure". How often and when are left to `schedulePhrase`.
 */
export const amountPhrase = (dosage: Dosage): string =>
  [
    dosage.durationMinutes ? `${dosage.durationMinutes} min` : '',
    dosage.repetitions
      ? `${dosage.repetitions} ${dosage.repetitions === 1 ? 'time' : 'times'}`
      : '',
    dosage.sets && dosage.sets > 1 ? `${dosage.sets} sets` : '',
    dosage.holdSeconds ? `hold ${seconds(dosage.holdSeconds)}` : '',
    dosage.restSeconds ? `rest ${seconds(dosage.restSeconds)} between sets` : '',
    dosage.pressure ? `${dosage.pressure} pressure` : '',
  ]
    .filter(Boolean)
    .join(', ')

/** How often and when, as a phrase: "Once a day, morning". Empty when neither is set. */
export const schedulePhrase = (dosage: Dosage): string =>
  capitalise(
    [
      dosage.frequency ? frequencyWords[dosage.frequency].toLowerCase() : '',
      dosage.timeOfDay?.length ? dosage.timeOfDay.map((time) => timeWords[time]).join(', ') : '',
    ]
      .filter(Boolean)
      .join(', '),
  )
