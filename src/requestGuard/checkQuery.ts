import type { Field } from 'payload'

import * as qs from 'qs-esm'

import { checkJsonValue } from './checkJsonValue'
import { requestLimits } from './limits'
import { RequestRefused } from './refusal'
import { checkWhere } from './checkWhere'

/** Parsed as Payload parses it (`createPayloadRequest`), so we check what it will read. */
export const parseQuery = (search: string): Record<string, unknown> =>
  qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

const wholeNumber = (
  query: Record<string, unknown>,
  name: string,
  { min, max }: { min: number; max: number },
) => {
  const value = query[name]
  if (value === undefined || value === '') {
    return
  }
  if (
    typeof value !== 'string' ||
    !/^\d{1,9}$/.test(value) ||
    Number(value) < min ||
    Number(value) > max
  ) {
    throw new RequestRefused(400, `${name} must be a whole number from ${min} to ${max}.`)
  }
}

/** Refuses query parameters the database would choke on, with a message naming the parameter. */
export const checkQuery = (query: Record<string, unknown>, fields?: Field[]): void => {
  checkJsonValue(query)
  wholeNumber(query, 'limit', { min: 1, max: requestLimits.listLimit })
  wholeNumber(query, 'page', { min: 1, max: requestLimits.page })
  wholeNumber(query, 'depth', { min: 0, max: 10 })
  if (query.pagination !== undefined && query.pagination !== 'true') {
    throw new RequestRefused(
      400,
      `pagination cannot be turned off over HTTP: ask for pages of up to ${requestLimits.listLimit}.`,
    )
  }
  if (query.where !== undefined) {
    checkWhere(query.where, fields)
  }
  if (query.sort !== undefined) {
    const fields = Array.isArray(query.sort) ? query.sort : String(query.sort).split(',')
    if (
      fields.some((field) => typeof field !== 'string' || !/^-?[A-Za-z_]\w*(?:\.\w+)*$/.test(field))
    ) {
      throw new RequestRefused(400, 'sort must name fields, e.g. sort=-updatedAt.')
    }
  }
}
