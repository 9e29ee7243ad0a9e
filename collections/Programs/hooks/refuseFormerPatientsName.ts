import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/relationships/idOf'
import type { Program } from '../../../src/payload-types'
import { plainTextOf } from '../../../src/text/plainText'

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The former patient's full name and each part of it long enough to be a name. */
const namesOf = (fullName: string) =>
  [fullName.trim(), ...fullName.split(/\s+/)].filter((name) => name.length >= 3)

const naming = (text: string, names: string[]) =>
  names.find((name) =>
    new RegExp(`(^|[^\\p{L}])${escapeForPattern(name)}($|[^\\p{L}])`, 'iu').test(text),
  )

/**
 * A program moved to another patient must not carry the former patient's name in what the
 * clinician wrote for them (its own title, its personal notes): the new patient would read it.
 * The move is refused with the field to edit, and nothing already written is lost.
 */
export const refuseFormerPatientsName: CollectionBeforeValidateHook<Program> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const former = idOf(originalDoc?.patient)
  const next = idOf(data?.patient)
  if (operation !== 'update' || !data || !former || !next || former === next) {
    return data
  }
  const patient = await req.payload.findByID({
    collection: 'patients',
    id: former,
    depth: 0,
    req,
    select: { name: true },
    disableErrors: true,
  })
  const names = patient?.name ? namesOf(patient.name) : []
  const fields = {
    title: data.title !== undefined ? data.title : originalDoc?.title,
    personalNotes:
      data.personalNotes !== undefined ? data.personalNotes : originalDoc?.personalNotes,
  }
  const errors = Object.entries(fields).flatMap(([path, value]) => {
    const name = naming(plainTextOf(value ?? ''), names)
    return name
      ? [
          {
            path,
            message: `This names "${name}", the program's former patient: edit it before moving the program to another patient.`,
          },
        ]
      : []
  })
  if (errors.length > 0) {
    throw new ValidationError({ collection: 'programs', errors })
  }
  return data
}
