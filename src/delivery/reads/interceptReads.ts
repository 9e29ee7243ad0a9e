import type { Payload } from 'payload'

export type FindOptions = Parameters<Payload['find']>[0]
export type FindByIDOptions = Parameters<Payload['findByID']>[0]
export type FindGlobalOptions = Parameters<Payload['findGlobal']>[0]

export type Reads = {
  find?: (options: FindOptions) => ReturnType<Payload['find']>
  findByID?: (options: FindByIDOptions) => Promise<unknown>
  findGlobal?: (options: FindGlobalOptions) => Promise<unknown>
}

/** A view of `payload` with some of its read methods replaced; everything else is the original. */
export const interceptReads = (payload: Payload, reads: Reads): Payload =>
  new Proxy(payload, {
    get: (target, property, receiver) =>
      Object.hasOwn(reads, property)
        ? reads[property as keyof Reads]
        : Reflect.get(target, property, receiver),
  })
