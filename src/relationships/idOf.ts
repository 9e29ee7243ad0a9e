type Ref = number | { id: number } | null | undefined

/** The id of a relationship value, whether Payload gave the id or the populated document. */
export const idOf = (value: Ref): number | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** The ids of a has-many relationship value, in order, skipping empty entries. */
export const idsOf = (values: Ref[] | null | undefined): number[] =>
  (values ?? []).map(idOf).filter((id): id is number => id !== undefined)
