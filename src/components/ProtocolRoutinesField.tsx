'use client'
import type { RelationshipFieldClientComponent } from 'payload'

import {
  RelationshipField,
  useConfig,
  useDocumentInfo,
  useField,
  useFormFields,
} from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

type Id = number
type ConditionRoutines = { id: Id; recommendedRoutines?: Id[] | null }

const sameIds = (a: Id[] | null | undefined, b: Id[] | null | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? [])

/**
 * The routines of a new program follow the conditions chosen, as the protocol template: each
 * condition's recommended routines, in order, without repeats. Once the clinician picks
 * routines by hand, their choice stands.
 */
export const ProtocolRoutinesField: RelationshipFieldClientComponent = (props) => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const conditions = useFormFields(([fields]) => fields.conditions?.value) as Id[] | undefined
  const { value, setValue } = useField<Id[]>({ path: props.path ?? props.field.name })
  const prefilled = useRef<Id[] | null>(null)

  useEffect(() => {
    const chosenByHand = (value?.length ?? 0) > 0 && !sameIds(value, prefilled.current)
    if (id || chosenByHand) {
      return
    }
    const wanted = conditions ?? []
    const controller = new AbortController()
    const query = wanted.map((conditionId) => `where[id][in][]=${conditionId}`).join('&')
    const load = wanted.length
      ? fetch(`${api}/conditions?depth=0&limit=100&select[recommendedRoutines]=true&${query}`, {
          credentials: 'include',
          signal: controller.signal,
        }).then((response) => response.json() as Promise<{ docs: ConditionRoutines[] }>)
      : Promise.resolve({ docs: [] as ConditionRoutines[] })
    load
      .then(({ docs }) => {
        const byId = new Map(docs.map((doc) => [doc.id, doc.recommendedRoutines ?? []]))
        const routines = [...new Set(wanted.flatMap((conditionId) => byId.get(conditionId) ?? []))]
        prefilled.current = routines
        setValue(routines)
      })
      .catch(() => {
        // an aborted or failed lookup leaves the routines as they are; the server fills them on save
      })
    return () => controller.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(conditions ?? []), id])

  return <RelationshipField {...props} />
}
