import type { Payload, Where } from 'payload'

import { THERAPIST_APPLIED } from '../../collections/vocabularies'

import { toLexical } from '../../seeds/lexical'
import type { Program } from '../../src/payload-types'
import { inParallel } from '../../src/async/inParallel'

const FIRST = [
  'Amara',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonah',
  'Kavya',
  'Lars',
  'Maya',
  'Nikolai',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tova',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Aiden',
  'Beatriz',
  'Cormac',
  'Dalia',
]
const LAST = [
  'Abbott',
  'Baptiste',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'Gallagher',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Takahashi',
  'Ueda',
  'Vasquez',
  'Whitfield',
  'Xu',
  'Yilmaz',
  'Zeller',
  'Achebe',
  'Brennan',
  'Costa',
  'Delacroix',
  'Esposito',
  'Fischer',
  'Garcia',
  'Holm',
]
const FOCUS = [
  'left shoulder',
  'right hip',
  'lower back',
  'neck',
  'both knees',
  'upper back',
  'right wrist',
]
const TIMES = ['before breakfast', 'after work', 'before bed', 'after your walk']

/** Distinct for every index: first × last name, then a number once the pairs run out. */
const patientName = (index: number) => {
  const first = FIRST[index % FIRST.length]
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length]
  const round = Math.floor(index / (FIRST.length * LAST.length))
  return round ? `${first} ${last} ${round + 1}` : `${first} ${last}`
}

const ids = async (payload: Payload, collection: 'conditions' | 'techniques', where: Where = {}) =>
  (
    await payload.find({ collection, where, pagination: false, depth: 0, select: {}, sort: 'id' })
  ).docs.map((doc) => doc.id)

/** Clinicians to own the patients: a run tag keeps their emails unique on a reused database. */
const createClinicians = (payload: Payload, run: string) =>
  inParallel(['Dr Ana Ortega', 'Dr Ben Clarke', 'Dr Chen Li', 'Dr Dara Nwosu'], 4, (name, i) =>
    payload.create({
      collection: 'users',
      data: {
        name,
        role: 'clinician',
        email: `clinician-${i}-${run}@bench.clinic.test`,
        password: 'quiet-harbour-lantern-47',
      },
    }),
  )

/**
 * `count` patients who agreed to email, each with a ready program personalised to them: one
 * or two of the library's conditions (their routines fill the program), a clinician's note
 * naming the patient, an extra technique with a note on every second program, large print on
 * every tenth. Created `width` at a time; returns the programs' ids in order.
 */
export const createPopulation = async (
  payload: Payload,
  count: number,
  width = 8,
): Promise<number[]> => {
  const run = Date.now().toString(36)
  const [conditions, techniques, clinicians] = await Promise.all([
    ids(payload, 'conditions'),
    // A program's extra techniques are ones the patient does at home.
    ids(payload, 'techniques', { kind: { not_equals: THERAPIST_APPLIED } }),
    createClinicians(payload, run),
  ])
  if (conditions.length === 0 || techniques.length === 0) {
    throw new Error('The library is empty: seeding must run first.')
  }
  const programs = await inParallel(
    Array.from({ length: count }, (_, i) => i),
    width,
    async (i) => {
      const name = patientName(i)
      const first = name.split(' ')[0]
      const patient = await payload.create({
        collection: 'patients',
        depth: 0,
        data: {
          name,
          email: `${name.toLowerCase().replace(/\W+/g, '.')}.${run}.${i}@patients.example`,
          emailConsent: true,
          preferredLanguage: 'en',
          clinician: clinicians[i % clinicians.length].id,
        },
      })
      const picked = [conditions[i % conditions.length]]
      if (i % 3 === 0) {
        picked.push(conditions[(i + 3) % conditions.length])
      }
      const focus = FOCUS[i % FOCUS.length]
      const items: Program['items'] =
        i % 2 === 0
          ? [
              {
                technique: techniques[i % techniques.length],
                note: `Keep it light on your ${focus}, ${first}.`,
              },
            ]
          : []
      const program = await payload.create({
        collection: 'programs',
        depth: 0,
        data: {
          patient: patient.id,
          conditions: [...new Set(picked)],
          items,
          personalNotes: toLexical([
            `${first}, we agreed to focus on your ${focus} for the next few weeks.`,
            {
              list: [
                `Do the first routine ${TIMES[i % TIMES.length]}.`,
                `Note your pain from 0 to 10 each day (program ${i + 1}).`,
              ],
            },
          ]),
          status: 'ready',
          largePrint: i % 10 === 0,
          startDate: new Date(Date.UTC(2025, 2, 3 + (i % 28))).toISOString(),
        } as Program,
      })
      return program.id
    },
  )
  return programs
}
