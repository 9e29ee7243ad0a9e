import { contactBlock } from '../../src/handouts/compose/contact'
import { safetyBox } from '../../src/handouts/compose/safety'
import type { Block, Branding, HandoutDocument } from '../../src/handouts/document'
import { CARDS } from './cards'
import { illustration, logo } from './images'

const RED_FLAGS = [
  'Pain gets much worse during a technique, or is worse the next day.',
  'You feel new numbness, tingling or weakness in an arm or leg.',
  'A calf is hot, red, swollen or painful to touch.',
  'You have a severe headache unlike your usual ones, or your vision changes.',
  'You feel dizzy, faint or short of breath.',
  'You lose control of your bladder or bowel, or feel numb between the legs.',
]

const branding = async (): Promise<Branding> => ({
  clinicName: 'Riverside Pain & Massage Clinic',
  logo: await logo(),
  primaryColour: '#2E6F62',
  accentColour: '#C8643B',
  contactLines: [
    '12 Mill Lane, Riverside RS1 4AB',
    'Phone: 01632 960 123',
    'Email: care@riverside-clinic.example',
    'Web: riverside-clinic.example',
  ],
  footer: 'Riverside Pain & Massage Clinic · 01632 960 123',
  disclaimer:
    'This handout supports, and does not replace, the advice of your clinician. If anything ' +
    'in it does not feel right for you, stop and ask us.',
})

const techniqueCards = (): Promise<Block[]> =>
  Promise.all(
    CARDS.map(async (card, index): Promise<Block> => {
      const { alt, ...spec } = card.illustration
      return {
        type: 'techniqueCard',
        number: index + 1,
        name: card.name,
        summary: card.summary,
        image: await illustration(spec, alt),
        steps: card.steps,
        dosage: card.dosage.map(([label, value]) => ({ label, value })),
        cues: card.cues,
        precautions: card.precautions,
        note: card.note,
      }
    }),
  )

const text = (value: string) => ({ type: 'text' as const, text: value })

const resources: Block = {
  type: 'resourceList',
  title: 'Read more',
  resources: [
    {
      title: 'Understanding persistent neck pain',
      kind: 'Article',
      summary: 'Why pain can outlast an injury, and what helps it settle.',
      url: 'https://riverside-clinic.example/resources/persistent-neck-pain',
    },
    {
      title: 'Setting up your desk',
      kind: 'Guide',
      summary: 'Screen height, chair and breaks: a one-page checklist.',
      url: 'https://riverside-clinic.example/resources/desk-setup',
    },
    {
      title: 'Choosing a foam roller',
      kind: 'Tool guide',
      summary: 'Soft, medium or firm — and when to move up.',
      url: 'https://riverside-clinic.example/resources/foam-rollers',
    },
    {
      title: 'Sleep and pain',
      kind: 'Video',
      summary: 'Eight minutes on positions and pillows that ease night pain.',
      url: 'https://riverside-clinic.example/resources/sleep-and-pain',
    },
  ],
}

/** One line about the fixture, for the report. */
export const describeFixture = (doc: HandoutDocument): string => {
  const cards = doc.blocks.filter((block) => block.type === 'techniqueCard')
  const images = cards.flatMap((card) => (card.image ? [card.image] : []))
  const imageBytes = images.reduce((sum, image) => sum + image.data.byteLength, 0)
  const sizes = [...new Set(images.map((image) => `${image.width}×${image.height}`))].join(', ')
  return (
    `${doc.blocks.length} blocks, ${cards.length} technique cards, ${images.length} palette PNG ` +
    `illustrations (${sizes}, ${(imageBytes / 1024).toFixed(0)} KB) and a logo`
  )
}

/**
 * A realistic home program: branding with a logo, patient details, an intro and a personal
 * note, eight illustrated technique cards, the safety box, resources and the contact block.
 */
export const homeProgram = async (): Promise<HandoutDocument> => {
  const clinic = await branding()
  const cards = await techniqueCards()
  return {
    meta: {
      title: 'Your home program',
      subtitle: 'For neck and shoulder pain, tension headache and lower-back pain',
      language: 'en',
      patientName: 'Alex Morgan',
      clinicianName: 'Sam Patel',
      date: '2025-03-03',
      template: 'home-program',
    },
    branding: clinic,
    layout: { paper: 'A4', largePrint: false },
    blocks: [
      {
        type: 'paragraph',
        children: [
          text('Alex, this is your home program. Do these between visits, gently and at your '),
          { type: 'text', text: 'own pace', bold: true },
          text('.'),
        ],
      },
      { type: 'heading', level: 2, text: 'A note from Sam Patel' },
      {
        type: 'paragraph',
        children: [
          text('Great progress this week. Keep the morning routine going, and use the heat on '),
          { type: 'text', text: 'bad days first', italic: true },
          text(' before any rolling. We will review the “≥ 3 out of 10” mornings next visit.'),
        ],
      },
      { type: 'heading', level: 2, text: 'Morning neck and shoulder routine' },
      {
        type: 'paragraph',
        children: [text('Eases the stiffness that builds overnight. It takes about 12 minutes.')],
      },
      ...cards.slice(0, 4),
      { type: 'heading', level: 2, text: 'Back and legs, after work' },
      {
        type: 'paragraph',
        children: [text('Calms the lower back and loosens the legs. It takes about 15 minutes.')],
      },
      ...cards.slice(4),
      safetyBox(RED_FLAGS, clinic),
      resources,
      contactBlock(clinic, 'Sam Patel, Massage Therapist'),
    ],
  }
}
