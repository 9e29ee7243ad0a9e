import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { eq } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, ValidationError, type Payload, type PayloadRequest } from 'payload'

import { usesEmbeddedDatabase } from '../../src/db/embedded'
import {
  GENERATION_COLUMNS,
  countLibraryChange,
  libraryGeneration,
} from '../../src/db/libraryGeneration'
import { missingColumns, payloadTable, PayloadSchemaError } from '../../src/db/payloadTables'
import { databaseOf, PayloadAdapterShapeError } from '../../src/db/requestTransaction'
import { trackedPoolOf } from '../../src/db/trackedPool'
import { isUniqueViolation } from '../../src/db/uniqueViolation'
import { EVENT_COLUMNS } from '../../src/audit/auditWriter'
import { JOB_COLUMNS } from '../../src/delivery/claimDueJobs'
import { TO_SEND_COLUMNS } from '../../src/delivery/deliveryToSend'
import { NEW_DELIVERY_COLUMNS } from '../../src/delivery/insertDelivery'
import { ATTEMPT_COLUMNS, DELIVERY_COLUMNS } from '../../src/delivery/transitions'
import { FIRST_LINK_COLUMNS, OPENS_COLUMNS, SENT_COLUMNS } from '../../src/patientLinks/links'
import { LOOKUP_COLUMNS } from '../../src/patientPage/lookup'
import { LOGGING_COLUMNS } from '../../src/sessionLogs/loggingRows'
import { uniqueName } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

const adapter = () => payload.db as unknown as PostgresAdapter

describe("the pg pool, known through node-postgres's public events", () => {
  it('knows which clients are checked out, as pg counts them, the adapter’s own among them', async () => {
    const pool = trackedPoolOf(payload.db)!
    const agrees = () => pool.checkedOut.size === pool.totalCount - pool.idleCount
    expect(agrees()).toBe(true)
    expect(pool.checkedOut.size).toBeGreaterThanOrEqual(1)

    const held = await pool.connect()
    expect([pool.checkedOut.has(held), agrees()]).toEqual([true, true])
    await Promise.all(Array.from({ length: 6 }, () => pool.query('SELECT pg_sleep(0.01)')))
    held.release()
    expect([pool.checkedOut.has(held), agrees()]).toEqual([false, true])
    expect(pool.clients.size).toBe(pool.totalCount)
  })
})

describe("a request's transaction, read in one place (src/db/requestTransaction)", () => {
  const requestIn = async (transaction: string | number) => {
    const req = await createLocalReq({}, payload)
    req.transactionID = transaction
    return req
  }

  it('writes in the open transaction: the change count moves when it commits, not before', async () => {
    if (usesEmbeddedDatabase()) {
      return // the embedded database runs without transactions
    }
    const before = await libraryGeneration(payload)
    const committed = await payload.db.beginTransaction()
    await countLibraryChange(await requestIn(committed!))
    expect(await libraryGeneration(payload)).toBe(before)
    await payload.db.commitTransaction(committed!)
    expect(await libraryGeneration(payload)).toBe(before + 1)

    const rolledBack = await payload.db.beginTransaction()
    await countLibraryChange(await requestIn(rolledBack!))
    await payload.db.rollbackTransaction(rolledBack!)
    expect(await libraryGeneration(payload)).toBe(before + 1)
  })

  it('names what is missing when the adapter keeps transactions another way', async () => {
    const req = (db: unknown) =>
      ({
        payload: { db: { drizzle: {}, ...(db as object) } },
        transactionID: 7,
      }) as unknown as PayloadRequest
    await expect(databaseOf(req({}))).rejects.toThrow(PayloadAdapterShapeError)
    await expect(databaseOf(req({}))).rejects.toThrow(
      /@payloadcms\/db-postgres no longer has PostgresAdapter\.sessions \(an object\): src\/db\/requestTransaction\.ts needs updating/,
    )
    await expect(databaseOf(req({ sessions: { 7: { transaction: {} } } }))).rejects.toThrow(
      /PostgresAdapter\.sessions\[id\]\.db \(an object\)/,
    )
  })
})

describe("raw SQL on Payload's tables names them from Payload's schema", () => {
  it("finds every column the SQL of links, the patient's page, sends, jobs, the audit trail and the change count uses", () => {
    const used: Array<[string, readonly string[]]> = [
      ...Object.entries(LOOKUP_COLUMNS),
      ...Object.entries(LOGGING_COLUMNS),
      ['patient-links', OPENS_COLUMNS],
      ['patient-links', SENT_COLUMNS],
      ['patient-links', FIRST_LINK_COLUMNS],
      ['deliveries', NEW_DELIVERY_COLUMNS],
      ['deliveries', TO_SEND_COLUMNS],
      ['library-state', GENERATION_COLUMNS],
      ['deliveries', DELIVERY_COLUMNS],
      ['deliveries_attempts', ATTEMPT_COLUMNS],
      ['payload-jobs', JOB_COLUMNS],
      ['audit-events', EVENT_COLUMNS],
    ]
    for (const [slug, columns] of used) {
      expect({ slug, missing: missingColumns(payload, slug as never, columns) }).toEqual({
        slug,
        missing: [],
      })
    }
  })

  it('names a column a renamed field no longer has, and a table that is gone', () => {
    expect(missingColumns(payload, 'patient-links', ['openCount', 'openings'])).toEqual([
      'patient_links.openings',
    ])
    expect(() => payloadTable(payload, 'nope' as never, ['id'])).toThrow(PayloadSchemaError)
    expect(() => payloadTable(payload, 'patient-links', ['opened'])).toThrow(
      "Payload's schema no longer has patient_links.opened",
    )
  })
})

describe('a unique violation (SQLSTATE 23505), however it is thrown', () => {
  const caught = async (work: () => Promise<unknown>) => {
    try {
      await work()
    } catch (error) {
      return error
    }
    throw new Error('the write was not refused')
  }

  it("is recognised from Payload's create and from a drizzle insert, and nothing else is", async () => {
    const name = uniqueName('Ball')
    const tool = await payload.create({ collection: 'tools', data: { name, summary: 'Firm.' } })
    const again = await caught(() =>
      payload.create({
        collection: 'tools',
        data: { name: `${name} 2`, slug: tool.slug, summary: 'x' },
      }),
    )
    expect(again).toBeInstanceOf(ValidationError)
    expect(isUniqueViolation(again)).toBe(true)

    const tools = payloadTable(payload, 'tools', ['id'])
    const [row] = await adapter().drizzle.select().from(tools).where(eq(tools.id, tool.id))
    const { id: _id, ...copy } = row as Record<string, unknown>
    const inserted = await caught(() =>
      adapter()
        .drizzle.insert(tools)
        .values(copy as never),
    )
    expect(isUniqueViolation(inserted)).toBe(true)

    // No name: refused by Payload's own validation, not by the database.
    const invalid = await caught(() =>
      payload.create({ collection: 'tools', data: { summary: 'Firm.' } as never }),
    )
    expect(invalid).toBeInstanceOf(ValidationError)
    expect(isUniqueViolation(invalid)).toBe(false)
    const other = await caught(() =>
      adapter()
        .drizzle.insert(tools)
        .values({ ...copy, id: 'x' } as never),
    )
    expect(isUniqueViolation(other)).toBe(false)
  })
})
