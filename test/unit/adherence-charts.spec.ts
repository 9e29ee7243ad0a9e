import { describe, expect, it } from '@jest/globals'

import { calendarSvg } from '../../src/adherence/charts/calendarChart'
import { printPalette } from '../../src/adherence/charts/palette'
import { painSvg } from '../../src/adherence/charts/painChart'
import { addDays, daysFrom } from '../../src/adherence/days'
import type { CalendarDay } from '../../src/adherence/statistics'

const TODAY = '2026-12-07'

/** The commands of an SVG path's `d`: M for the first point, L for each next one. */
const pathPoints = (svg: string) => {
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? ''
  return (d.match(/[ML]/g) ?? []).length
}

describe('the pain chart', () => {
  it('draws one point per day on its line, with a dot and the urgent threshold', () => {
    const svg = painSvg(
      [
        { day: '2026-12-01', pain: 2 },
        { day: '2026-12-03', pain: 5 },
        { day: '2026-12-06', pain: 8 },
      ],
      { urgentAt: 7 },
    )
    expect(pathPoints(svg)).toBe(3)
    expect(svg.match(/<circle/g)).toHaveLength(3)
    expect(svg).toContain('data-threshold="7"')
    expect(svg).toContain('role="img"')
    expect(svg).toContain('highest 8/10 on 2026-12-06')
  })

  it('draws an empty state, and no line, when no pain was logged', () => {
    const svg = painSvg([])
    expect(svg).not.toContain('<path')
    expect(svg).toContain('No pain scores logged yet.')
    expect(svg).toContain('data-empty="true"')
  })

  it('follows the admin theme through CSS variables, or prints in plain colours', () => {
    const points = [{ day: '2026-12-01', pain: 2 }]
    expect(painSvg(points)).toContain('var(--theme-elevation-800')
    expect(painSvg(points, { palette: printPalette })).not.toContain('var(')
  })
})

describe('the calendar chart', () => {
  const days: CalendarDay[] = daysFrom(addDays(TODAY, -27), TODAY).map((day, index) => ({
    day,
    planned: index % 7 === 5 ? 0 : 2,
    done: index < 7 ? 2 : index < 14 ? 1 : 0,
    extra: 0,
  }))

  it('has 28 cells in 4 weeks, each with its done/planned and its state', () => {
    const svg = calendarSvg(days, TODAY)
    expect(svg.match(/<g data-day=/g)).toHaveLength(28)
    expect(svg).toContain('data-day="2026-11-10" data-state="done"')
    expect(svg).toContain('data-day="2026-11-17" data-state="partial"')
    expect(svg).toContain('data-day="2026-11-24" data-state="missed"')
    expect(svg).toContain(`data-day="${TODAY}" data-state="today"`)
    expect(svg).toContain('>2/2</text>')
  })

  it('says in words what the colours show', () => {
    const svg = calendarSvg(days, TODAY)
    expect(svg).toMatch(/<desc[^>]*>21 of 48 planned sessions done in the last 28 days/)
  })

  it('escapes what it prints', () => {
    const svg = calendarSvg(days, TODAY, { id: '"><script>' })
    expect(svg).not.toContain('<script>')
  })
})
