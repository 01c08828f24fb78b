import { describe, expect, it } from 'vitest'
import {
  csvUrl,
  fillMonths,
  fillYears,
  durationParts,
  formatNumber,
  formatPercent,
  monthLabel,
  parseYear,
  shareResolved,
  topUnits,
  yearsOf,
} from './stats'

describe('shares and formats', () => {
  it('uses the server share, else computes it, else none', () => {
    expect(shareResolved({ share_resolved: 0.5, resolved: 1, total: 4 })).toBe(0.5)
    expect(shareResolved({ share_resolved: null, resolved: 1, total: 4 })).toBe(0.25)
    expect(shareResolved({ share_resolved: null, resolved: 0, total: 0 })).toBeNull()
    expect(shareResolved({ share_resolved: 0, resolved: 0, total: 0 })).toBeNull()
  })

  it('formats numbers and percentages the Indonesian way by default', () => {
    expect(formatNumber(2245, 'id')).toBe('2.245')
    expect(formatNumber(2245, 'en')).toBe('2,245')
    expect(formatNumber(845, 'id')).toBe('845')
    expect(formatPercent(0.9075, 'id')).toMatch(/^90,8\s?%$/)
    expect(formatPercent(0.9075, 'en')).toBe('90.8%')
    expect(formatPercent(1, 'id')).toMatch(/^100\s?%$/)
    expect(formatPercent(null, 'id')).toBe('—')
  })

  it('says a median in hours up to two days, in days after', () => {
    expect(durationParts(5.25)).toEqual({ unit: 'hours', value: 5.3 })
    expect(durationParts(47.9)).toEqual({ unit: 'hours', value: 47.9 })
    expect(durationParts(72)).toEqual({ unit: 'days', value: 3 })
    expect(durationParts(100)).toEqual({ unit: 'days', value: 4.2 })
  })

  it('names months in the UI language', () => {
    expect(monthLabel('2022-01', 'id')).toBe('Jan 2022')
    expect(monthLabel('2022-08', 'id')).toBe('Agu 2022')
    expect(monthLabel('2022-08', 'en')).toBe('Aug 2022')
    expect(monthLabel('bad', 'id')).toBe('bad')
  })
})

describe('topUnits', () => {
  it('takes the n biggest, ties by name, without changing the input', () => {
    const rows = [
      { name: 'B', received: 5 },
      { name: 'A', received: 5 },
      { name: 'C', received: 9 },
      { name: 'D', received: 1 },
    ]
    expect(topUnits(rows, 3).map((r) => r.name)).toEqual(['C', 'A', 'B'])
    expect(rows[0]!.name).toBe('B')
  })
})

describe('csvUrl and the period', () => {
  it('builds the download address for the period on screen', () => {
    expect(csvUrl('unit_kind', { year: 2022 })).toBe('/api/v1/stats/unit_kind.csv?year=2022')
    expect(csvUrl('channel', {})).toBe('/api/v1/stats/channel.csv')
    expect(csvUrl('month', { from: '2022-01-01', to: '2022-06-30' })).toBe(
      '/api/v1/stats/month.csv?from=2022-01-01&to=2022-06-30',
    )
  })

  it('reads a year from the URL and lists the years present', () => {
    expect(parseYear('2022')).toBe(2022)
    expect(parseYear('22')).toBeUndefined()
    expect(parseYear(['2022'])).toBeUndefined()
    expect(parseYear(undefined)).toBeUndefined()
    expect(yearsOf({ by_year: [{ year: 2022, received: 1, resolved: 0 }, { year: 2021, received: 2, resolved: 1 }] })).toEqual([2021, 2022])
    expect(yearsOf(null)).toEqual([])
  })
})

describe('empty periods', () => {
  it('fills the years with no complaints between the first and the last', () => {
    expect(fillYears([{ year: 2022, received: 5, resolved: 4 }, { year: 2026, received: 2, resolved: 1 }])).toEqual([
      { year: 2022, received: 5, resolved: 4 },
      { year: 2023, received: 0, resolved: 0 },
      { year: 2024, received: 0, resolved: 0 },
      { year: 2025, received: 0, resolved: 0 },
      { year: 2026, received: 2, resolved: 1 },
    ])
    expect(fillYears([])).toEqual([])
  })
  it('fills the months, across a year end, and nothing outside the range', () => {
    const filled = fillMonths([{ month: '2022-11', received: 3, resolved: 3 }, { month: '2023-02', received: 1, resolved: 0 }])
    expect(filled.map((m) => m.month)).toEqual(['2022-11', '2022-12', '2023-01', '2023-02'])
    expect(filled[1]).toEqual({ month: '2022-12', received: 0, resolved: 0 })
    expect(fillMonths([{ month: '2022-12', received: 1, resolved: 1 }, { month: '2026-11', received: 2, resolved: 0 }])).toHaveLength(48)
    expect(fillMonths([])).toEqual([])
  })
})
