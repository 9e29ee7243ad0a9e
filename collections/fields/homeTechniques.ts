import type { PayloadRequest } from 'payload'
import {
  relationship,
  type RelationshipFieldManyValidation,
  type RelationshipFieldSingleValidation,
} from 'payload/shared'

import { idsOf } from '../../src/relationships/idOf'
import { IN_CLINIC, isHomePurpose, THERAPIST_APPLIED } from '../vocabularies'

type Ref = number | { id: number } | null | undefined

/** The names of the therapist-applied techniques among `ids`, in one read. */
const therapistApplied = async (req: PayloadRequest, ids: number[]) => {
  if (ids.length === 0) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: 'techniques',
    where: { and: [{ id: { in: ids } }, { kind: { equals: THERAPIST_APPLIED } }] },
    select: { name: true },
    depth: 0,
    pagination: false,
    req,
  })
  return docs.map((technique) => technique.name)
}

const refusal = (name: string, where: 'routine' | 'program', remedy: string) =>
  `"${name}" is applied by the therapist: a home ${where} holds only techniques the patient ` +
  `does. ${remedy}`

const IN_ROUTINE = 'Remove it, or set the purpose to "In clinic" for a routine done in the clinic.'
const IN_PROGRAM = 'Remove it: a home program is what the patient does between visits.'

/**
 * A routine item's technique: one the patient does, unless the routine is done in the clinic.
 * Validated with the whole routine, so changing only the purpose is checked here too.
 */
export const validateRoutineTechnique: RelationshipFieldSingleValidation = async (
  value,
  options,
) => {
  const purpose = (options.data as { purpose?: unknown } | undefined)?.purpose
  if (isHomePurpose(purpose)) {
    const [name] = await therapistApplied(options.req, idsOf([value as Ref]))
    if (name) {
      return refusal(name, 'routine', IN_ROUTINE)
    }
  }
  return relationship(value, options)
}

/** A program's extra technique: always one the patient does (programs are home programs). */
export const validateProgramTechnique: RelationshipFieldSingleValidation = async (
  value,
  options,
) => {
  const [name] = await therapistApplied(options.req, idsOf([value as Ref]))
  return name ? refusal(name, 'program', IN_PROGRAM) : relationship(value, options)
}

/** A program's routines: home routines only, never one done in the clinic. */
export const validateProgramRoutines: RelationshipFieldManyValidation = async (value, options) => {
  const ids = idsOf((value ?? []) as Ref[])
  if (ids.length > 0) {
    const { docs } = await options.req.payload.find({
      collection: 'routines',
      where: { and: [{ id: { in: ids } }, { purpose: { equals: IN_CLINIC } }] },
      select: { name: true },
      depth: 0,
      pagination: false,
      req: options.req,
    })
    if (docs[0]) {
      return (
        `"${docs[0].name}" is done in the clinic: a home program holds only routines the ` +
        'patient does at home.'
      )
    }
  }
  return relationship(value, options)
}
