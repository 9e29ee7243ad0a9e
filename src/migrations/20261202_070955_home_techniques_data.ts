import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import type { Program, Routine } from '../payload-types'
import { idOf, idsOf } from '../relationships/idOf'

type Item = NonNullable<Program['items']>[number]

/**
 * Home routines and programs hold only techniques the patient does. What was saved before
 * keeps working and loses nothing:
 *
 * 1. A routine for home use (any purpose but "In clinic") that holds a therapist-applied
 *    technique, in its current document or in any saved version, becomes an "In clinic" routine.
 *    Nothing else in it changes.
 * 2. A program's therapist-applied extra techniques move, with their dosage and note, to its
 *    "Done in the clinic" list. A routine of the program that step 1 made an "In clinic" routine
 *    leaves the program's routines, and its items join the program with the routine's dosages
 *    and notes: the patient's techniques as extra techniques, the therapist's under "Done in the
 *    clinic". Such a program's home handout then shows only what the patient does.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "routines" SET "purpose" = 'in-clinic'
  WHERE "purpose" <> 'in-clinic' AND EXISTS (
    SELECT 1 FROM "routines_items" item JOIN "techniques" technique ON technique."id" = item."technique_id"
    WHERE item."_parent_id" = "routines"."id" AND technique."kind" = 'clinic-applied');
  UPDATE "_routines_v" SET "version_purpose" = 'in-clinic'
  WHERE "version_purpose" <> 'in-clinic' AND EXISTS (
    SELECT 1 FROM "_routines_v_version_items" item JOIN "techniques" technique ON technique."id" = item."technique_id"
    WHERE item."_parent_id" = "_routines_v"."id" AND technique."kind" = 'clinic-applied');`)

  const { docs: therapistTechniques } = await payload.find({
    collection: 'techniques',
    where: { kind: { equals: 'clinic-applied' } },
    select: {},
    pagination: false,
    depth: 0,
    req,
  })
  const byTherapist = new Set(therapistTechniques.map((technique) => technique.id))
  const { docs: clinicRoutines } = await payload.find({
    collection: 'routines',
    where: { purpose: { equals: 'in-clinic' } },
    select: { items: true },
    pagination: false,
    depth: 0,
    req,
  })
  const clinicRoutineItems = new Map<number, Routine['items']>(
    clinicRoutines.map((routine) => [routine.id, routine.items]),
  )
  const { docs: programs } = await payload.find({
    collection: 'programs',
    where: {
      or: [
        { routines: { in: [...clinicRoutineItems.keys()] } },
        { 'items.technique': { in: [...byTherapist] } },
      ],
    },
    pagination: false,
    depth: 0,
    req,
  })
  const isTherapists = (item: Item) => byTherapist.has(idOf(item.technique) as number)
  const moved = ({ id: _id, ...item }: Item): Item => item
  for (const program of programs) {
    const routines = idsOf(program.routines)
    const fromRoutines = routines.flatMap((id) => (clinicRoutineItems.get(id) ?? []).map(moved))
    const items = [...(program.items ?? []), ...fromRoutines]
    await payload.update({
      collection: 'programs',
      id: program.id,
      depth: 0,
      req,
      data: {
        routines: routines.filter((id) => !clinicRoutineItems.has(id)),
        items: items.filter((item) => !isTherapists(item)),
        clinicItems: [
          ...(program.clinicItems ?? []),
          ...items.filter(isTherapists).map(moved),
        ],
      },
    })
  }
}

/**
 * For the schema before: "Done in the clinic" items go back to the end of the extra
 * techniques, and "In clinic" routines become daily-maintenance routines (the purpose a routine
 * had before `up` is not kept).
 */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  INSERT INTO "programs_items" ("_order", "_parent_id", "id", "technique_id", "dosage_duration_minutes",
    "dosage_repetitions", "dosage_sets", "dosage_hold_seconds", "dosage_rest_seconds", "dosage_pressure",
    "dosage_frequency", "note")
  SELECT clinic."_order" + 10000, clinic."_parent_id", clinic."id", clinic."technique_id",
    clinic."dosage_duration_minutes", clinic."dosage_repetitions", clinic."dosage_sets",
    clinic."dosage_hold_seconds", clinic."dosage_rest_seconds",
    clinic."dosage_pressure"::text::"enum_programs_items_dosage_pressure",
    clinic."dosage_frequency"::text::"enum_programs_items_dosage_frequency", clinic."note"
  FROM "programs_clinic_items" clinic;
  INSERT INTO "programs_items_dosage_time_of_day" ("order", "parent_id", "value")
  SELECT "order", "parent_id", "value"::text::"enum_programs_items_dosage_time_of_day"
  FROM "programs_clinic_items_dosage_time_of_day";
  DELETE FROM "programs_clinic_items";
  UPDATE "routines" SET "purpose" = 'daily-maintenance' WHERE "purpose" = 'in-clinic';
  UPDATE "_routines_v" SET "version_purpose" = 'daily-maintenance' WHERE "version_purpose" = 'in-clinic';`)
}
