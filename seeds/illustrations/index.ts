import sharp from 'sharp'

import type { SeedMotion } from '../types'
import { type BodyRegion, figure, type Point, type Region, regions } from './body'
import { motionDefs, motionSvg } from './motions'

/**
 * Wordless technique diagrams: a close-up of the body region with the movement drawn on it, and
 * a small whole figure beside it showing where the region is. Same input, same bytes.
 */

export type IllustrationSpec = { bodyRegion: string; motion: SeedMotion }

const WIDTH = 1200
const HEIGHT = 900
const PANEL = { x: 90, y: 90, width: 720, height: 720 }
/** The whole-body view has no locator, so its card spans the canvas. */
const WIDE = { x: 90, y: 90, width: 1020, height: 720 }
const LOCATOR = { x: 1000, top: 150, height: 600 }
const OUTLINE_PX = 3

const n = (v: number) => Math.round(v * 1000) / 1000

const MOTIONS = ['glide', 'knead', 'circle', 'tap', 'press', 'stretch', 'roll', 'hold']

const check = ({ bodyRegion, motion }: IllustrationSpec): BodyRegion => {
  if (!Object.hasOwn(regions, bodyRegion)) {
    throw new Error(`Unknown body region: ${bodyRegion}`)
  }
  if (!MOTIONS.includes(motion)) {
    throw new Error(`Unknown motion: ${motion}`)
  }
  return bodyRegion as BodyRegion
}

/** The close-up: the region's frame scaled into the panel, clipped to a rounded card. */
const closeUp = (region: Region, motion: SeedMotion, panel: typeof PANEL) => {
  const { frame } = region
  const scale = Math.min(panel.width, panel.height) / frame.size
  const tx = panel.x + panel.width / 2 - frame.x * scale
  const ty = panel.y + panel.height / 2 - frame.y * scale
  const toPx = (p: Point) => ({ x: tx + p.x * scale, y: ty + p.y * scale })
  const card =
    `<rect x="${panel.x}" y="${panel.y}" width="${panel.width}" height="${panel.height}" ` +
    'rx="40"/>'
  const body = figure(region.view, region.highlight, OUTLINE_PX / scale, 'main')
  const overlay = motionSvg(motion, {
    anchor: toPx(region.anchor),
    axis: region.axis,
    stretchAxis: region.stretchAxis,
    length: region.length * scale,
    width: region.width * scale,
    paired: region.paired,
    spots: region.spots.map(toPx),
    roller: region.roller,
  })
  return (
    `<clipPath id="card">${card}</clipPath>` +
    `<g clip-path="url(#card)"><g fill="#F4EFE9">${card}</g>` +
    `<g transform="translate(${n(tx)} ${n(ty)}) scale(${n(scale)})">${body}</g>${overlay}</g>`
  )
}

/** The whole figure, small, with the region tinted. */
const locator = (region: Region) => {
  const scale = LOCATOR.height / 1000
  const view = region.view === 'soles' ? 'front' : region.view
  const body = figure(view, region.locator ?? region.highlight, 2 / scale, 'locator')
  return `<g transform="translate(${LOCATOR.x} ${LOCATOR.top}) scale(${n(scale)})">${body}</g>`
}

export const illustrationSvg = (spec: IllustrationSpec): string => {
  const key = check(spec)
  const region = regions[key]
  const whole = key === 'whole-body'
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" ` +
    `viewBox="0 0 ${WIDTH} ${HEIGHT}"><defs>${motionDefs}</defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>` +
    closeUp(region, spec.motion, whole ? WIDE : PANEL) +
    (whole ? '' : locator(region)) +
    '</svg>'
  )
}

export const illustrationPng = async (spec: IllustrationSpec): Promise<Buffer> =>
  sharp(Buffer.from(illustrationSvg(spec)))
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9 })
    .toBuffer()
