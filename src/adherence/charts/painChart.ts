import { scaleLinear, scaleUtc } from 'd3-scale'
import { line } from 'd3-shape'

import { escapeXml } from '../escapeXml'
import type { PainPoint } from '../statistics'
import { adminThemePalette, paint, type ChartPalette } from './palette'
import { element, svgDocument, text } from './svg'

const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`)

const shortDay = (day: string) =>
  new Date(dayTime(day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })

/** The pain line's text alternative: first, last, highest and lowest scores. */
export const describePain = (points: PainPoint[]) => {
  if (!points.length) {
    return 'No pain scores logged yet.'
  }
  const first = points[0]
  const last = points[points.length - 1]
  const highest = points.reduce((top, point) => (point.pain > top.pain ? point : top))
  const lowest = points.reduce((low, point) => (point.pain < low.pain ? point : low))
  return (
    `${points.length} days with a pain score, from ${first.day} (${first.pain}/10) to ${last.day} ` +
    `(${last.pain}/10); highest ${highest.pain}/10 on ${highest.day}, lowest ${lowest.pain}/10 on ${lowest.day}.`
  )
}

/**
 * Each day's highest pain score (0–10) as a line over time, with a dashed line at the urgent
 * threshold. With no scores, an empty state that says so. An SVG string, independent of React.
 */
export const painSvg = (
  points: PainPoint[],
  {
    palette = adminThemePalette,
    id = 'adherence-pain',
    urgentAt,
  }: { palette?: ChartPalette; id?: string; urgentAt?: number } = {},
): string => {
  const width = 448
  const height = 200
  const margin = { top: 12, right: 12, bottom: 28, left: 30 }
  const title = 'Pain scores over time (0–10, the day’s highest)'
  if (!points.length) {
    return svgDocument(
      { id, width, height: 80, title, description: describePain(points) },
      element('rect', {
        x: 0.5,
        y: 0.5,
        width: width - 1,
        height: 79,
        rx: 4,
        style: paint('none', palette.grid, 'stroke-dasharray:4 4'),
      }) +
        text(
          {
            x: width / 2,
            y: 45,
            'text-anchor': 'middle',
            'font-size': 13,
            style: paint(palette.muted),
            'data-empty': 'true',
          },
          'No pain scores logged yet.',
        ),
    )
  }
  const first = dayTime(points[0].day)
  const last = dayTime(points[points.length - 1].day)
  const x = scaleUtc()
    .domain(first === last ? [first - 86_400_000, last + 86_400_000] : [first, last])
    .range([margin.left, width - margin.right])
  const y = scaleLinear()
    .domain([0, 10])
    .range([height - margin.bottom, margin.top])
  const path = line<PainPoint>()
    .x((point) => x(dayTime(point.day)))
    .y((point) => y(point.pain))(points)
  const grid = [0, 2, 4, 6, 8, 10]
    .map(
      (value) =>
        element('line', {
          x1: margin.left,
          x2: width - margin.right,
          y1: y(value),
          y2: y(value),
          style: paint('none', palette.grid),
        }) +
        text(
          {
            x: margin.left - 6,
            y: y(value) + 4,
            'text-anchor': 'end',
            'font-size': 11,
            style: paint(palette.muted),
          },
          String(value),
        ),
    )
    .join('')
  const threshold =
    urgentAt === undefined
      ? ''
      : element('line', {
          x1: margin.left,
          x2: width - margin.right,
          y1: y(urgentAt),
          y2: y(urgentAt),
          'data-threshold': urgentAt,
          style: paint('none', palette.alert, 'stroke-dasharray:5 4;stroke-width:1.5'),
        })
  const ends = first === last ? [points[0].day] : [points[0].day, points[points.length - 1].day]
  const axis = ends
    .map((day, index) =>
      text(
        {
          x: x(dayTime(day)),
          y: height - 8,
          'text-anchor': ends.length === 1 ? 'middle' : index === 0 ? 'start' : 'end',
          'font-size': 11,
          style: paint(palette.muted),
        },
        shortDay(day),
      ),
    )
    .join('')
  const dots = points
    .map((point) =>
      element(
        'circle',
        {
          cx: x(dayTime(point.day)),
          cy: y(point.pain),
          r: 3.5,
          style: paint(
            urgentAt !== undefined && point.pain >= urgentAt ? palette.alert : palette.line,
          ),
        },
        `<title>${escapeXml(`${point.day}: ${point.pain}/10`)}</title>`,
      ),
    )
    .join('')
  return svgDocument(
    { id, width, height, title, description: describePain(points) },
    grid +
      threshold +
      axis +
      element('path', {
        d: path ?? '',
        'data-points': points.length,
        style: paint('none', palette.line, 'stroke-width:2;stroke-linejoin:round'),
      }) +
      dots,
  )
}
