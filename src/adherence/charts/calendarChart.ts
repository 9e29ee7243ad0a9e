import { scaleBand } from 'd3-scale'

import { weekdayOf } from '../days'
import type { CalendarDay } from '../statistics'
import { adminThemePalette, paint, type ChartPalette } from './palette'
import { element, svgDocument, text } from './svg'

export type CalendarCellState = 'done' | 'partial' | 'missed' | 'rest' | 'today'

const WEEKDAY_LABELS: Record<ReturnType<typeof weekdayOf>, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}

/** A day's state: today counts as missed only once it is over, so it shows as in progress. */
export const cellState = (cell: CalendarDay, today: string): CalendarCellState => {
  if (cell.planned === 0) {
    return 'rest'
  }
  if (cell.done >= cell.planned) {
    return 'done'
  }
  if (cell.day === today) {
    return 'today'
  }
  return cell.done > 0 ? 'partial' : 'missed'
}

const legendLabels: Array<[CalendarCellState, string]> = [
  ['done', 'All done'],
  ['partial', 'Part done'],
  ['missed', 'Missed'],
  ['rest', 'Nothing planned'],
]

/** The calendar's text alternative: the totals a sighted reader takes from the colours. */
export const describeCalendar = (days: CalendarDay[], today: string) => {
  const planned = days.reduce((sum, day) => sum + day.planned, 0)
  const done = days.reduce((sum, day) => sum + day.done, 0)
  const count = (state: CalendarCellState) =>
    days.filter((day) => cellState(day, today) === state).length
  if (!planned) {
    return `No sessions were planned in these ${days.length} days.`
  }
  return (
    `${done} of ${planned} planned sessions done in the last ${days.length} days: ` +
    `${count('done')} days all done, ${count('partial')} part done, ${count('missed')} missed, ` +
    `${count('rest')} with nothing planned.`
  )
}

/**
 * The last weeks as a calendar, one row per week and one cell per day: its sessions done
 * against planned ("2/3"), coloured by whether all, some or none were done, with a legend.
 * An SVG string, independent of React, so a PDF page can draw it too.
 */
export const calendarSvg = (
  days: CalendarDay[],
  today: string,
  {
    palette = adminThemePalette,
    id = 'adherence-calendar',
  }: { palette?: ChartPalette; id?: string } = {},
): string => {
  const columns = 7
  const rows = Math.max(1, Math.ceil(days.length / columns))
  const cell = { width: 64, height: 44 }
  const top = 22
  const legendHeight = 30
  const width = columns * cell.width
  const height = top + rows * cell.height + legendHeight
  const x = scaleBand<number>()
    .domain([...Array(columns).keys()])
    .range([0, width])
    .paddingInner(0.08)
  const y = scaleBand<number>()
    .domain([...Array(rows).keys()])
    .range([top, top + rows * cell.height])
    .paddingInner(0.1)
  const fills: Record<CalendarCellState, [string, string]> = {
    done: [palette.done, palette.doneEdge],
    partial: [palette.partial, palette.partialEdge],
    missed: [palette.missed, palette.missedEdge],
    rest: [palette.rest, palette.grid],
    today: [palette.rest, palette.line],
  }
  const headers = days
    .slice(0, columns)
    .map((day, column) =>
      text(
        {
          x: (x(column) ?? 0) + x.bandwidth() / 2,
          y: 14,
          'text-anchor': 'middle',
          'font-size': 12,
          style: paint(palette.muted),
        },
        WEEKDAY_LABELS[weekdayOf(day.day)],
      ),
    )
    .join('')
  const cells = days
    .map((day, index) => {
      const left = x(index % columns) ?? 0
      const topOf = y(Math.floor(index / columns)) ?? 0
      const state = cellState(day, today)
      const [fill, edge] = fills[state]
      const label =
        day.planned === 0 ? (day.extra ? `+${day.extra}` : '–') : `${day.done}/${day.planned}`
      return element(
        'g',
        { 'data-day': day.day, 'data-state': state },
        element('rect', {
          x: left,
          y: topOf,
          width: x.bandwidth(),
          height: y.bandwidth(),
          rx: 4,
          style: paint(fill, edge, `stroke-width:${state === 'today' ? 2 : 1}`),
        }) +
          text(
            { x: left + 5, y: topOf + 13, 'font-size': 10, style: paint(palette.muted) },
            String(Number(day.day.slice(8))),
          ) +
          text(
            {
              x: left + x.bandwidth() / 2,
              y: topOf + y.bandwidth() / 2 + 9,
              'text-anchor': 'middle',
              'font-size': 14,
              'font-weight': 600,
              style: paint(palette.text),
            },
            label,
          ),
      )
    })
    .join('')
  let legendX = 0
  const legendY = top + rows * cell.height + 12
  const legend = legendLabels
    .map(([state, label]) => {
      const [fill, edge] = fills[state]
      const item =
        element('rect', {
          x: legendX,
          y: legendY,
          width: 12,
          height: 12,
          rx: 2,
          style: paint(fill, edge),
        }) +
        text(
          { x: legendX + 17, y: legendY + 10, 'font-size': 11, style: paint(palette.text) },
          label,
        )
      legendX += 18 + label.length * 6.5 + 14
      return item
    })
    .join('')
  return svgDocument(
    {
      id,
      width,
      height,
      title: 'Sessions done against planned, last 4 weeks',
      description: describeCalendar(days, today),
    },
    headers + cells + legend,
  )
}
