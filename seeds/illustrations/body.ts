import type { bodyRegions } from '../../collections/vocabularies'

/**
 * A calm, flat, wordless human figure for patient handouts. Figure units: the figure stands
 * about 1000 units tall with x = 0 on its centre line. Every part is drawn twice, once stroked
 * and once filled, so overlapping shapes merge into one silhouette with a single outline.
 */

export type BodyRegion = (typeof bodyRegions)[number]
export type View = 'front' | 'back' | 'soles'
export type Point = { x: number; y: number }
type Part = 'head' | 'neck' | 'torso' | 'arms' | 'legs'

/** Part of the body to tint: the shapes are clipped to the listed parts. */
export type Highlight = { parts: Part[]; shape: string }

export type Region = {
  view: View
  /** Square area (centre and side) shown in the close-up. */
  frame: { x: number; y: number; size: number }
  highlight: Highlight[]
  /** Highlight on the small whole-figure locator, when it differs. */
  locator?: Highlight[]
  /** Centre of the movement, its direction (degrees, 0 = right, 90 = down) and extent. */
  anchor: Point
  axis: number
  /** Direction of stretch arrows when it differs from `axis`. */
  stretchAxis?: number
  length: number
  width: number
  /** Two parallel strokes (both sides of the spine, both legs) rather than one. */
  paired: boolean
  /** Where small marks (circles, taps, presses) go. */
  spots: Point[]
  roller: 'foam' | 'ball'
}

export const colours = {
  skin: '#E8D5C4',
  outline: '#9C7C68',
  hair: '#BFA18C',
  detail: '#C2A48F',
  highlight: '#2E6F62',
  accent: '#C8643B',
}

const r1 = (v: number) => Math.round(v * 10) / 10
const pts = (list: number[][]) => list.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ')

type Joint = [x: number, y: number, r: number]

/** A tapered limb: a circle at each joint, joined by the circles' outer tangents. */
const limb = (joints: Joint[]): string => {
  const shapes = joints.map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}"/>`)
  for (let i = 1; i < joints.length; i++) {
    const [x1, y1, ra] = joints[i - 1]
    const [x2, y2, rb] = joints[i]
    const len = Math.hypot(x2 - x1, y2 - y1)
    const [dx, dy] = [(x2 - x1) / len, (y2 - y1) / len]
    const k = (ra - rb) / len
    const s = Math.sqrt(1 - k * k)
    const [ux, uy, vx, vy] = [dx * k - dy * s, dy * k + dx * s, dx * k + dy * s, dy * k - dx * s]
    const quad = [
      [x1 + ra * ux, y1 + ra * uy],
      [x2 + rb * ux, y2 + rb * uy],
      [x2 + rb * vx, y2 + rb * vy],
      [x1 + ra * vx, y1 + ra * vy],
    ]
    shapes.push(`<polygon points="${pts(quad)}"/>`)
  }
  return shapes.join('')
}

const mirror = (joints: Joint[]): Joint[] => joints.map(([x, y, r]) => [-x, y, r])
const both = (joints: Joint[]) => limb(joints) + limb(mirror(joints))

/** Closes a left half-outline (cubic segments from the top centre) with its mirror image. */
const symmetric = (start: [number, number], segments: number[][]): string => {
  const ends = [start, ...segments.map((s) => [s[4], s[5]])]
  const left = segments.map((s) => `C${s.join(' ')}`).join(' ')
  const right = segments
    .map(([c1x, c1y, c2x, c2y], i) => `C${-c2x} ${c2y} ${-c1x} ${c1y} ${-ends[i][0]} ${ends[i][1]}`)
    .reverse()
    .join(' ')
  return `M${start.join(' ')} ${left} ${right}Z`
}

const torso = symmetric(
  [0, 146],
  [
    [-34, 146, -78, 160, -102, 182],
    [-120, 198, -108, 240, -100, 262],
    [-94, 300, -80, 350, -82, 400],
    [-84, 440, -102, 470, -102, 515],
    [-102, 545, -60, 572, 0, 572],
  ],
)

const heel = 'M-16 936C-22 950-26 964-22 972C-18 978 18 978 22 972C26 964 22 950 16 936Z'

const figureParts = (view: 'front' | 'back'): Record<Part, string> => {
  const thumb = (x: number) =>
    `<ellipse cx="${x * 143}" cy="532" rx="7" ry="17" transform="rotate(${x * 18} ${x * 143} 532)"/>`
  const hand = (x: number) =>
    `<ellipse cx="${x * 156}" cy="552" rx="17" ry="36" transform="rotate(${x * -6} ${x * 156} 552)"/>` +
    (view === 'front' ? thumb(x) : '')
  const foot = (x: number) =>
    view === 'front'
      ? `<ellipse cx="${x * 64}" cy="966" rx="25" ry="19" transform="rotate(${x * -20} ${x * 64} 966)"/>`
      : `<path transform="translate(${x * 57} 0)" d="${heel}"/>`
  return {
    head:
      '<ellipse cx="0" cy="72" rx="43" ry="53"/>' +
      '<ellipse cx="-42" cy="82" rx="7" ry="12"/><ellipse cx="42" cy="82" rx="7" ry="12"/>',
    neck: limb([
      [0, 110, 21],
      [0, 160, 24],
    ]),
    torso: `<path d="${torso}"/>`,
    arms:
      both([
        [-106, 205, 28],
        [-126, 300, 23],
        [-134, 372, 19],
        [-140, 410, 20],
        [-152, 512, 13],
      ]) +
      hand(-1) +
      hand(1),
    legs:
      both([
        [-47, 535, 52],
        [-58, 745, 29],
        [-60, 810, 30],
        [-55, 940, 17],
      ]) +
      foot(-1) +
      foot(1),
  }
}

/** A left sole seen from below, big toe towards the centre line; the right one mirrors it. */
const sole =
  '<path d="M-8 58C22 52 42 72 42 104C42 140 14 160 14 196C14 222 34 236 34 262C34 290 14 300-4 300' +
  'C-24 300-38 288-38 262C-38 220-48 160-48 112C-48 78-32 62-8 58Z"/>' +
  '<ellipse cx="24" cy="26" rx="16" ry="20"/><circle cx="-5" cy="24" r="10.5"/>' +
  '<circle cx="-24" cy="31" r="9.5"/><circle cx="-39" cy="42" r="8.5"/><circle cx="-50" cy="57" r="7.5"/>'
const SOLE_X = 85
const soleParts = (): Record<Part, string> => ({
  head: '',
  neck: '',
  torso: '',
  arms: '',
  legs:
    `<g transform="translate(${-SOLE_X} 0)">${sole}</g>` +
    `<g transform="translate(${SOLE_X} 0) scale(-1 1)">${sole}</g>`,
})

const hair = {
  front: 'M-48 86C-54 30-30 12 0 12S54 30 48 86C44 62 30 46 0 46S-44 62-48 86Z',
  back: 'M-60 0H60V76C44 94 22 104 0 104S-44 94-60 76Z',
}

const line = (d: string, width: number) =>
  `<path d="${d}" fill="none" stroke="${colours.detail}" stroke-width="${width}" stroke-linecap="round"/>`

/** Soft interior lines that tell front from back. */
const details = (view: View, w: number): string => {
  if (view === 'soles') {
    return ''
  }
  if (view === 'front') {
    return line('M-20 178C-42 172-66 176-86 186', w) + line('M20 178C42 172 66 176 86 186', w)
  }
  return (
    line('M0 172V448', w) +
    line('M-34 214C-30 240-32 272-46 300M-38 228C-58 222-76 222-92 230', w) +
    line('M34 214C30 240 32 272 46 300M38 228C58 222 76 222 92 230', w) +
    line('M0 500V584', w) +
    line('M-10 590C-34 600-70 598-92 580', w) +
    line('M10 590C34 600 70 598 92 580', w)
  )
}

/** Shapes may overlap with any winding, so masks (painted) rather than clip paths. */
const mask = (id: string, shapes: string, hidden = '') =>
  `<mask id="${id}" maskUnits="userSpaceOnUse" x="-2000" y="-2000" width="4000" height="4000">` +
  `<g fill="#fff">${shapes}</g><g fill="#000">${hidden}</g></mask>`

/**
 * The figure as an SVG group in figure units. `stroke` is the outline width in figure units
 * (pass pixels divided by the drawing scale); `id` keeps clip-path ids unique per drawing.
 */
export const figure = (view: View, highlight: Highlight[], stroke: number, id: string): string => {
  const parts = view === 'soles' ? soleParts() : figureParts(view)
  const all = Object.values(parts).join('')
  // The head sits in front of the neck, so a tint that leaves out the head stops at the chin.
  const masks = highlight.map((h, i) =>
    mask(
      `${id}-h${i}`,
      h.parts.map((p) => parts[p]).join(''),
      h.parts.includes('head') ? '' : parts.head,
    ),
  )
  const tinted = highlight.map((h, i) => `<g mask="url(#${id}-h${i})">${h.shape}</g>`).join('')
  const hairShape =
    view === 'soles'
      ? ''
      : mask(`${id}-head`, parts.head) +
        `<path d="${hair[view]}" fill="${colours.hair}" mask="url(#${id}-head)"/>`
  return (
    masks.join('') +
    `<g fill="${colours.outline}" stroke="${colours.outline}" stroke-width="${r1(stroke * 2)}" ` +
    `stroke-linejoin="round">${all}</g>` +
    `<g fill="${colours.skin}">${all}</g>` +
    hairShape +
    details(view, r1(stroke * 0.8)) +
    `<g fill="${colours.highlight}" fill-opacity="0.25">${tinted}</g>`
  )
}

const ellipse = (x: number, y: number, rx: number, ry: number) =>
  `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}"/>`
const rect = (x: number, y: number, w: number, h: number) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"/>`
const tint = (parts: Part[], shape: string): Highlight[] => [{ parts, shape }]

export const regions: Record<BodyRegion, Region> = {
  'head-neck': {
    view: 'back',
    frame: { x: 0, y: 150, size: 340 },
    highlight: tint(['neck', 'torso'], ellipse(0, 146, 64, 44)),
    anchor: { x: 0, y: 140 },
    axis: -90,
    stretchAxis: -90,
    length: 80,
    width: 56,
    paired: true,
    spots: [
      { x: -24, y: 140 },
      { x: 24, y: 140 },
    ],
    roller: 'ball',
  },
  shoulders: {
    view: 'back',
    frame: { x: 0, y: 226, size: 432 },
    highlight: tint(
      ['torso', 'arms', 'neck'],
      ellipse(-78, 196, 62, 36) + ellipse(78, 196, 62, 36),
    ),
    anchor: { x: 0, y: 196 },
    axis: 0,
    length: 220,
    width: 60,
    paired: true,
    spots: [
      { x: -72, y: 190 },
      { x: 72, y: 190 },
    ],
    roller: 'ball',
  },
  'arms-hands': {
    view: 'front',
    frame: { x: -120, y: 385, size: 480 },
    highlight: tint(['arms'], rect(-220, 160, 140, 460)),
    anchor: { x: -140, y: 440 },
    axis: 82,
    length: 150,
    width: 44,
    paired: false,
    spots: [{ x: -156, y: 556 }],
    roller: 'ball',
  },
  chest: {
    view: 'front',
    frame: { x: 0, y: 270, size: 440 },
    highlight: tint(['torso'], ellipse(0, 245, 100, 62)),
    anchor: { x: 0, y: 245 },
    axis: 0,
    length: 200,
    width: 90,
    paired: false,
    spots: [
      { x: -48, y: 240 },
      { x: 48, y: 240 },
    ],
    roller: 'ball',
  },
  'upper-back': {
    view: 'back',
    frame: { x: 0, y: 285, size: 540 },
    highlight: tint(['torso'], ellipse(0, 262, 130, 110)),
    anchor: { x: 0, y: 272 },
    axis: -90,
    stretchAxis: 0,
    length: 190,
    width: 140,
    paired: true,
    spots: [
      { x: -52, y: 240 },
      { x: 52, y: 240 },
      { x: -52, y: 316 },
      { x: 52, y: 316 },
    ],
    roller: 'foam',
  },
  'lower-back': {
    view: 'back',
    frame: { x: 0, y: 440, size: 420 },
    highlight: tint(['torso'], ellipse(0, 435, 135, 68)),
    anchor: { x: 0, y: 432 },
    axis: -90,
    stretchAxis: 0,
    length: 110,
    width: 130,
    paired: true,
    spots: [
      { x: -42, y: 432 },
      { x: 42, y: 432 },
    ],
    roller: 'foam',
  },
  'hips-glutes': {
    view: 'back',
    frame: { x: 0, y: 545, size: 440 },
    highlight: tint(['torso', 'legs'], ellipse(0, 550, 110, 58)),
    anchor: { x: 0, y: 545 },
    axis: -90,
    length: 150,
    width: 170,
    paired: true,
    spots: [
      { x: -50, y: 540 },
      { x: 50, y: 540 },
    ],
    roller: 'foam',
  },
  legs: {
    view: 'back',
    frame: { x: 0, y: 740, size: 580 },
    highlight: tint(['legs'], rect(-130, 600, 260, 350)),
    anchor: { x: 0, y: 775 },
    axis: -90,
    length: 300,
    width: 114,
    paired: true,
    spots: [
      { x: -56, y: 700 },
      { x: 56, y: 700 },
      { x: -60, y: 820 },
      { x: 60, y: 820 },
    ],
    roller: 'foam',
  },
  feet: {
    view: 'soles',
    frame: { x: 0, y: 162, size: 400 },
    highlight: tint(['legs'], ellipse(-88, 170, 70, 64) + ellipse(88, 170, 70, 64)),
    locator: tint(['legs'], rect(-120, 930, 240, 80)),
    anchor: { x: -88, y: 170 },
    axis: -90,
    length: 160,
    width: 60,
    paired: false,
    spots: [{ x: -90, y: 172 }],
    roller: 'ball',
  },
  'whole-body': {
    view: 'front',
    frame: { x: 0, y: 505, size: 1080 },
    highlight: tint(['head', 'neck', 'torso', 'arms', 'legs'], rect(-300, 0, 600, 1000)),
    anchor: { x: 0, y: 470 },
    axis: 90,
    length: 760,
    width: 380,
    paired: true,
    spots: [
      { x: 0, y: 250 },
      { x: 0, y: 430 },
      { x: -58, y: 700 },
      { x: 58, y: 700 },
    ],
    roller: 'foam',
  },
}
