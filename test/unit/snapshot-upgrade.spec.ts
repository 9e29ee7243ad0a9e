import { createHash } from 'node:crypto'

import { describe, expect, it } from '@jest/globals'
import { ZodError } from 'zod'

import type { HandoutDocument, HandoutImage } from '../../src/handouts/document'
import type { KeptDocument } from '../../src/handouts/snapshot/legacy'
import { mapImages } from '../../src/handouts/snapshot/mapImages'
import { readSnapshot, UnreadableSnapshot } from '../../src/handouts/snapshot/read'
import { snapshotFromKeptDocument } from '../../src/handouts/snapshot/upgrade'

const bytes = (seed: string) => new Uint8Array(createHash('sha512').update(seed).digest())
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

const picture = (id: number, alt: string, width = 600, height = 400): HandoutImage => ({
  key: `media-${id}-email`,
  data: bytes(`picture ${id}`),
  mimeType: 'image/png',
  width,
  height,
  alt,
})

/** A handout as compose made it before snapshots: every block kind, pictures as bytes. */
const composed = (): HandoutDocument => ({
  meta: {
    title: 'Home program for Rosalind Patient',
    subtitle: 'For Lower back pain',
    language: 'en',
    patientName: 'Rosalind Patient',
    clinicianName: 'Dr Clare Clinician',
    date: '2026-11-30',
    template: 'home-program',
    programLink: 'https://clinic.example/p/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  },
  branding: {
    clinicName: 'Riverside Massage Clinic',
    logo: picture(1, 'Riverside logo', 240, 80),
    primaryColour: '#2E6F62',
    accentColour: '#C8553D',
    contactLines: ['1 River Road', 'Phone: 555 0100', 'Email: hello@clinic.example'],
    footer: 'Riverside Massage Clinic · 555 0100',
    disclaimer: 'This program does not replace medical advice.',
  },
  layout: { paper: 'LETTER', largePrint: true },
  blocks: [
    {
      type: 'paragraph',
      children: [{ type: 'text', text: 'Rosalind, this is your home program.' }],
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Stop and call us if…',
      breakable: true,
      items: ['Numbness in the groin.'],
      children: [{ type: 'text', text: 'Call Riverside Massage Clinic (555 0100).' }],
    },
    { type: 'heading', level: 2, text: 'A note from Dr Clare Clinician' },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Go gently', bold: true },
        { type: 'lineBreak' },
        {
          type: 'link',
          url: 'https://example.org/back',
          children: [{ type: 'text', text: 'read this', italic: true, underline: true }],
        },
      ],
    },
    { type: 'image', image: picture(2, 'Where to press'), caption: 'The spot' },
    {
      type: 'list',
      ordered: true,
      items: [
        {
          children: [{ type: 'text', text: 'Warm up first' }],
          sublist: { ordered: false, items: [{ children: [{ type: 'text', text: 'Heat pack' }] }] },
        },
      ],
    },
    { type: 'quote', children: [{ type: 'text', text: 'Little and often.' }] },
    {
      type: 'techniqueCard',
      number: 1,
      name: 'Tennis-ball back release',
      summary: 'Lean into a ball against the wall.',
      image: picture(3, 'Ball against the wall'),
      steps: ['Place the ball.', 'Lean gently.'],
      dosage: [{ label: 'Duration', value: '2 min' }],
      cues: ['Breathe out'],
      precautions: ['Not on the spine'],
      note: 'Left side first.',
    },
    {
      type: 'techniqueCard',
      number: 2,
      name: 'Cat-cow',
      steps: ['Round, then arch.'],
      dosage: [],
      breakable: true,
    },
    { type: 'dosageTable', caption: 'Evening', rows: [{ label: 'Reps', value: '10' }] },
    {
      type: 'resourceList',
      title: 'Read more',
      resources: [{ title: 'Back pain guide', kind: 'Article', url: 'https://example.org' }],
    },
    { type: 'contact', lines: ['Riverside Massage Clinic', 'Phone: 555 0100'], signature: 'Clare' },
  ],
})

const isImage = (value: unknown): value is HandoutImage =>
  typeof value === 'object' && value !== null && (value as HandoutImage).data instanceof Uint8Array

/** As the delivery kept it before snapshots (keptDocument.ts's keepDocument), then stored as JSON. */
const keptTheOldWay = (document: HandoutDocument): KeptDocument => {
  const keep = (value: unknown): unknown => {
    if (isImage(value)) {
      const { data, ...rest } = value
      return { ...rest, sha256: sha256(data) }
    }
    if (Array.isArray(value)) {
      return value.map(keep)
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, keep(inner)]))
    }
    return value
  }
  return JSON.parse(JSON.stringify(keep(document))) as KeptDocument
}

const kept = {
  contentVersions: {
    'programs:7': '2026-11-30T09:00:00.000Z',
    'techniques:3': '2026-11-01T10:00:00.000Z',
    'global:clinic-settings': '2026-10-01T08:00:00.000Z',
  },
  template: 'home-program' as const,
  createdAt: '2026-11-30T09:15:42.123Z',
}

describe('Upgrading a handout kept before snapshots', () => {
  it('becomes a valid version 1 snapshot with the same content, both sizes the one kept file', () => {
    const old = keptTheOldWay(composed())
    const snapshot = snapshotFromKeptDocument(old, kept)

    expect(snapshot).toMatchObject({
      schemaVersion: 1,
      template: 'home-program',
      composedAt: kept.createdAt,
      contentVersions: kept.contentVersions,
      print: { paper: 'LETTER', largePrint: true },
    })
    expect(snapshot.sender).toBeUndefined()
    const logo = snapshot.document.branding.logo!
    expect(logo.print).toEqual(logo.email)
    expect(logo).toMatchObject({
      key: 'media-1-email',
      alt: 'Riverside logo',
      email: { sha256: sha256(bytes('picture 1')), mimeType: 'image/png', width: 240, height: 80 },
    })
    const card = snapshot.document.blocks.find((block) => block.type === 'techniqueCard')!
    expect(card.image?.print.sha256).toBe(sha256(bytes('picture 3')))

    // Back to one size, it is exactly the document that was kept.
    const asKept = mapImages(snapshot.document, ({ key, alt, email }) => ({ key, alt, ...email }))
    expect(JSON.parse(JSON.stringify(asKept))).toEqual(old)
  })

  it('reads back from storage through the registry of schema versions', () => {
    const stored = JSON.parse(
      JSON.stringify(snapshotFromKeptDocument(keptTheOldWay(composed()), kept)),
    )
    expect(readSnapshot(stored).document.meta.title).toBe('Home program for Rosalind Patient')
    expect(() => readSnapshot({ ...stored, schemaVersion: 2 })).toThrow(UnreadableSnapshot)
  })

  it('refuses a kept handout with a block kind the schema does not know, naming where', () => {
    const old = keptTheOldWay(composed())
    old.blocks.splice(3, 0, { type: 'video', url: 'https://example.org/clip.mp4' })
    let thrown: unknown
    try {
      snapshotFromKeptDocument(old, kept)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ZodError)
    expect((thrown as ZodError).issues[0].path.slice(0, 3)).toEqual(['document', 'blocks', 3])
  })

  it('refuses a stored snapshot with a field it does not know, saying where without its data', () => {
    const stored = JSON.parse(
      JSON.stringify(snapshotFromKeptDocument(keptTheOldWay(composed()), kept)),
    )
    stored.document.blocks[0].secret = 'Rosalind Patient'
    expect(() => readSnapshot(stored)).toThrow(/document\.blocks\.0/)
    expect(() => readSnapshot(stored)).not.toThrow(/Rosalind/)
  })
})
