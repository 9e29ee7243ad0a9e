import type { SeedMotion } from '../types'
import { colours, type Point } from './body'

/** Where a movement is drawn, in canvas pixels. See `Region` in ./body for the meaning. */
export type Placement = {
  anchor: Point
  axis: number
  stretchAxis?: number
  length: number
  width: number
  paired: boolean
  spots: Point[]
  roller: 'foam' | 'ball'
}

const n = (v: number) => Math.round(v * 10) / 10
const ARROW = 10
const SMALL = 7

/** Arrowhead shared by every arrow: a swept triangle with a thin white edge. */
export const motionDefs =
  '<marker id="arrowhead" viewBox="-1 -1 12 12" refX="3" refY="5" markerWidth="4" ' +
  'markerHeight="4" orient="auto-start-reverse" markerUnits="strokeWidth">' +
  `<path d="M0 0L10 5L0 10L2.5 5Z" fill="${colours.accent}" stroke="#fff" stroke-width="0.9" ` +
  'stroke-linejoin="round" paint-order="stroke"/></marker>'

/** An accent stroke on a white halo, with an arrowhead at the end (and the start if `both`). */
const arrow = (d: string, width = ARROW, both = false) =>
  `<path d="${d}" fill="none" stroke="#fff" stroke-width="${width + 7}" stroke-linecap="round"/>` +
  `<path d="${d}" fill="none" stroke="${colours.accent}" stroke-width="${width}" ` +
  `stroke-linecap="round" marker-end="url(#arrowhead)"${both ? ' marker-start="url(#arrowhead)"' : ''}/>`

const dot = (x: number, y: number, r: number) =>
  `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${colours.accent}" stroke="#fff" stroke-width="3"/>`

/** Draws `body` in a frame centred on `at` whose x axis runs along `angle`. */
const local = (at: Point, angle: number, body: string) =>
  `<g transform="translate(${n(at.x)} ${n(at.y)}) rotate(${angle})">${body}</g>`

/** A circular arc path from angle `from` sweeping `sweep` degrees clockwise. */
const arc = (r: number, from: number, sweep: number) => {
  const at = (deg: number) => {
    const rad = (deg * Math.PI) / 180
    return `${n(r * Math.cos(rad))} ${n(r * Math.sin(rad))}`
  }
  return `M${at(from)}A${r} ${r} 0 ${sweep > 180 ? 1 : 0} 1 ${at(from + sweep)}`
}

const offsets = (p: Placement) => (p.paired ? [-p.width / 2, p.width / 2] : [0])

/** Long, gently curving strokes along the region. */
const glide = (p: Placement) => {
  const h = p.length / 2
  const strokes = offsets(p).map((y) => {
    const bow = (y < 0 ? -1 : 1) * p.length * 0.08
    return arrow(`M${n(-h)} ${n(y)}Q0 ${n(y + bow)} ${n(h)} ${n(y)}`)
  })
  return local(p.anchor, p.axis, strokes.join(''))
}

/** Two curved arrows side by side pointing opposite ways, like hands wringing the tissue. */
const knead = (p: Placement) => {
  const r = Math.min(Math.max(p.width * 0.3, 30), 40)
  const stroke = (x: number, dir: number) =>
    arrow(`M${n(x)} ${n(dir * r)}Q${n(x + 0.8 * r)} 0 ${n(x)} ${n(-dir * r)}`, SMALL)
  const pair = stroke(-0.75 * r, 1) + stroke(0.25 * r, -1)
  const at = p.paired ? p.spots.slice(0, 2) : [p.anchor]
  return at
    .map((spot) => {
      const mirrored = spot.x > p.anchor.x ? `<g transform="scale(-1 1)">${pair}</g>` : pair
      return local(spot, p.axis + 90, mirrored)
    })
    .join('')
}

/** Small circular arrows at each spot. */
const circle = (p: Placement) =>
  p.spots
    .slice(0, 2)
    .map((spot) => local(spot, 0, arrow(arc(26, -120, 290), SMALL)))
    .join('')

/** Short impact lines over a dot, with a fainter echo for the repeated strikes. */
const tap = (p: Placement) => {
  const ticks = (from: number, to: number) =>
    [-135, -90, -45]
      .map((deg) => {
        const [c, s] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)]
        return `M${n(from * c)} ${n(from * s)}L${n(to * c)} ${n(to * s)}`
      })
      .join('')
  const stroke = `fill="none" stroke="${colours.accent}" stroke-linecap="round"`
  const mark =
    `<path d="${ticks(18, 38)}" ${stroke} stroke-width="${SMALL}"/>` +
    `<path d="${ticks(47, 59)}" ${stroke} stroke-width="${SMALL - 2}" stroke-opacity="0.5"/>` +
    dot(0, 0, 8)
  return p.spots.map((spot) => local(spot, 0, mark)).join('')
}

/** A downward arrow onto a dot circled by pressure rings. */
const press = (p: Placement) =>
  p.spots
    .slice(0, 2)
    .map(({ x, y }) => {
      const rings = [
        [22, 0.6],
        [36, 0.3],
      ]
        .map(
          ([r, o]) =>
            `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="none" stroke="${colours.accent}" ` +
            `stroke-width="3.5" stroke-opacity="${o}"/>`,
        )
        .join('')
      return rings + dot(x, y, 9) + arrow(`M${n(x)} ${n(y - 130)}V${n(y - 52)}`)
    })
    .join('')

/** Arrows pointing away from the centre along the region. */
const stretch = (p: Placement) => {
  const [g, h] = [16, p.length / 2]
  const pair = (y: number) =>
    arrow(`M${n(-g)} ${n(y)}H${n(-h)}`) + arrow(`M${n(g)} ${n(y)}H${n(h)}`)
  if (p.stretchAxis !== undefined) {
    return local(p.anchor, p.stretchAxis, pair(0))
  }
  return local(p.anchor, p.axis, offsets(p).map(pair).join(''))
}

const ROLLER = { body: '#7F98A6', end: '#A9BCC6', edge: '#5E7784' }

/** A foam roller (or ball) on the region with a back-and-forth arrow beside it. */
const roll = (p: Placement) => {
  const edge = `stroke="${ROLLER.edge}" stroke-width="3"`
  if (p.roller === 'ball') {
    const r = 30
    const ball =
      `<circle r="${r}" fill="${ROLLER.body}" ${edge}/>` +
      `<circle cx="-9" cy="-10" r="9" fill="#fff" fill-opacity="0.35"/>`
    const h = Math.max(p.length / 2, 70)
    return local(p.anchor, p.axis, ball + arrow(`M${n(-h)} ${r + 28}H${n(h)}`, SMALL + 1, true))
  }
  const [d, len] = [64, Math.max(p.width + 90, 180)]
  const [top, bottom] = [-len / 2, len / 2]
  const ridges = [-0.3, 0, 0.3]
    .map((f) => `M${n(-d / 2 + 6)} ${n(f * len)}H${n(d / 2 - 6)}`)
    .join('')
  const roller =
    `<rect x="${-d / 2}" y="${n(top)}" width="${d}" height="${n(len)}" fill="${ROLLER.body}" ${edge}/>` +
    `<path d="${ridges}" stroke="${ROLLER.edge}" stroke-width="2" stroke-opacity="0.5"/>` +
    `<ellipse cy="${n(top)}" rx="${d / 2}" ry="10" fill="${ROLLER.body}" ${edge}/>` +
    `<ellipse cy="${n(bottom)}" rx="${d / 2}" ry="12" fill="${ROLLER.end}" ${edge}/>` +
    `<ellipse cy="${n(bottom)}" rx="${d / 5}" ry="4" fill="${ROLLER.edge}"/>`
  const h = Math.max(p.length / 2, 90)
  return local(p.anchor, p.axis, roller + arrow(`M${n(-h)} ${n(bottom + 44)}H${n(h)}`, ARROW, true))
}

/** A still point with a clock-like arc around it. */
const hold = (p: Placement) => {
  const r = 44
  const ticks = [0, 90, 180, 270]
    .map((deg) => {
      const rad = (deg * Math.PI) / 180
      const [c, s] = [Math.cos(rad), Math.sin(rad)]
      return `M${n((r + 10) * c)} ${n((r + 10) * s)}L${n((r + 18) * c)} ${n((r + 18) * s)}`
    })
    .join('')
  const face =
    `<circle r="${r}" fill="#fff" fill-opacity="0.55" stroke="${colours.accent}" ` +
    `stroke-width="3" stroke-opacity="0.35"/>` +
    `<path d="${ticks}" stroke="${colours.accent}" stroke-width="4" stroke-linecap="round"/>`
  return local(p.anchor, 0, face + arrow(arc(r, -90, 250), SMALL) + dot(0, 0, 10))
}

const draw: Record<SeedMotion, (p: Placement) => string> = {
  glide,
  knead,
  circle,
  tap,
  press,
  stretch,
  roll,
  hold,
}

export const motionSvg = (motion: SeedMotion, placement: Placement): string =>
  draw[motion](placement)
