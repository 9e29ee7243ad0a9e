import type { CollectionSlug, Payload } from 'payload'

/** Thrown for a record a command was asked for and cannot find: its message is for the user. */
export class RecordNotFound extends Error {
  name = 'RecordNotFound'
}

/**
 * The id of the record a command-line option names, by id or, in a collection with slugs,
 * by slug (`--technique effleurage`).
 */
export const findRecordId = async (
  payload: Payload,
  collection: CollectionSlug,
  idOrSlug: string,
  label: string,
): Promise<number> => {
  if (/^[1-9]\d*$/.test(idOrSlug)) {
    return Number(idOrSlug)
  }
  const hasSlugs = payload.collections[collection].config.fields.some(
    (field) => 'name' in field && field.name === 'slug',
  )
  const { docs } = hasSlugs
    ? await payload.find({
        collection,
        where: { slug: { equals: idOrSlug } },
        limit: 1,
        depth: 0,
        select: {},
      })
    : { docs: [] }
  if (!docs.length) {
    throw new RecordNotFound(
      hasSlugs
        ? `No ${label} with id or slug "${idOrSlug}".`
        : `No ${label} with id "${idOrSlug}": give its number.`,
    )
  }
  return docs[0].id as number
}
