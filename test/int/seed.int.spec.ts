import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { conditions, resources, routines, techniques, tools } from '../../seeds/data'
import { seed, type SeedReport } from '../../seeds/seed'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let first: SeedReport

beforeAll(async () => {
  payload = await startPayload()
  first = await seed(payload)
}, 300_000)
let restoreFibromyalgia: (() => Promise<unknown>) | undefined

afterAll(async () => {
  await restoreFibromyalgia?.()
  await stopPayload(payload)
})

const seededSlugs = {
  conditions: conditions.map((doc) => doc.slug),
  techniques: techniques.map((doc) => doc.slug),
  routines: routines.map((doc) => doc.slug),
  resources: resources.map((doc) => doc.slug),
  tools: tools.map((doc) => doc.slug),
}

const findSeeded = <C extends keyof typeof seededSlugs>(collection: C, depth = 0) =>
  payload.find({
    collection,
    where: { slug: { in: seededSlugs[collection] } },
    limit: 100,
    depth,
    pagination: false,
  })

describe('the starter library', () => {
  it('holds everything the clinic article names', async () => {
    // Another suite may have loaded the library first: created or kept, each record is there once.
    const loaded = (kind: keyof SeedReport) => first[kind].created + first[kind].kept
    expect(loaded('conditions')).toBe(7)
    expect(loaded('techniques')).toBe(20)
    expect(first.media.created).toBe(first.techniques.created)
    expect(loaded('routines')).toBe(6)
    expect(loaded('resources')).toBe(10)
    expect(loaded('tools')).toBe(4)
    for (const collection of Object.keys(seededSlugs) as Array<keyof typeof seededSlugs>) {
      const { totalDocs } = await findSeeded(collection)
      expect(totalDocs).toBe(seededSlugs[collection].length)
    }

    const { docs: byCategory } = await findSeeded('techniques')
    const count = (category: string) => byCategory.filter((doc) => doc.category === category).length
    expect([
      count('swedish'),
      count('deep-tissue'),
      count('specialised'),
      count('self-massage'),
    ]).toEqual([4, 4, 4, 8])
    expect(byCategory.map((doc) => doc.name)).toEqual(
      expect.arrayContaining([
        'Effleurage',
        'Petrissage',
        'Trigger point therapy',
        'Craniosacral therapy',
      ]),
    )

    const { docs: routineDocs } = await findSeeded('routines')
    expect(routineDocs.map((doc) => doc.purpose).sort()).toEqual([
      'daily-maintenance',
      'evening-relaxation',
      'flare-up',
      'morning-stiffness',
      'post-exercise',
      'pre-activity',
    ])
    const maintenance = routineDocs.find((doc) => doc.purpose === 'daily-maintenance')
    expect(maintenance?.totalMinutes).toBeGreaterThanOrEqual(15)
    expect(maintenance?.totalMinutes).toBeLessThanOrEqual(20)

    const { docs: resourceDocs } = await findSeeded('resources')
    expect(new Set(resourceDocs.map((doc) => doc.kind))).toEqual(
      new Set([
        'practitioner-guidance',
        'insurance-guidance',
        'organisation',
        'course',
        'research',
        'support-group',
        'article',
      ]),
    )
  })

  it('is published, linked, illustrated and written for patients', async () => {
    const { docs: conditionDocs } = await findSeeded('conditions')
    for (const condition of conditionDocs) {
      expect(condition._status).toBe('published')
      expect(condition.redFlags?.length).toBeGreaterThanOrEqual(3)
      expect(condition.recommendedRoutines?.length).toBeGreaterThanOrEqual(2)
      expect(condition.recommendedTechniques?.length).toBeGreaterThan(0)
      expect(condition.body?.root.children.length).toBeGreaterThan(0)
    }
    const { docs: techniqueDocs } = await findSeeded('techniques', 1)
    for (const technique of techniqueDocs) {
      const [image] = technique.images ?? []
      expect(image).toMatchObject({ mimeType: 'image/png', alt: expect.stringMatching(/\w{3,}/) })
      expect(technique.steps.length).toBeGreaterThanOrEqual(3)
    }
    const levels = [...conditionDocs, ...techniqueDocs]
      .map((doc) => doc.readingLevel as number)
      .sort((a, b) => a - b)
    expect(levels[Math.floor(levels.length / 2)]).toBeLessThanOrEqual(8)
    const settings = await payload.findGlobal({ slug: 'clinic-settings' })
    expect(settings.name).toBeTruthy()
  })

  it('changes nothing when loaded again, and keeps what staff edited', async () => {
    const {
      docs: [condition],
    } = await payload.find({
      collection: 'conditions',
      where: { slug: { equals: 'fibromyalgia' } },
      depth: 0,
    })
    // The library is shared with the suite's other files: the edit is undone after this test.
    restoreFibromyalgia = () =>
      payload.update({
        collection: 'conditions',
        id: condition.id,
        data: { summary: condition.summary, recommendedRoutines: condition.recommendedRoutines },
      })
    await payload.update({
      collection: 'conditions',
      id: condition.id,
      data: { summary: 'Our own words about fibromyalgia.', recommendedRoutines: [] },
    })
    const counts = async () =>
      Promise.all(
        (['conditions', 'techniques', 'routines', 'resources', 'tools', 'media'] as const).map(
          (collection) => payload.count({ collection }).then(({ totalDocs }) => totalDocs),
        ),
      )
    const before = await counts()
    const again = await seed(payload)
    expect(Object.values(again).every(({ created }) => created === 0)).toBe(true)
    expect(again.techniques.kept).toBe(20)
    expect(await counts()).toEqual(before)
    const edited = await payload.findByID({ collection: 'conditions', id: condition.id })
    expect(edited.summary).toBe('Our own words about fibromyalgia.')
    expect(edited.recommendedRoutines).toEqual([])
  })
})
