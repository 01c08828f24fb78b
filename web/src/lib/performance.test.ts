import { describe, expect, it } from 'vitest'
import type { PerformanceRow } from '../api/types'
import {
  currentYear,
  formatCount,
  formatHours,
  formatPct,
  formatRating,
  isDate,
  nextDay,
  parseGroup,
  parsePeriod,
  performanceUrl,
  rowName,
  shareChart,
} from './performance'

const row = (code: string, name: string, pct: number | null): PerformanceRow => ({
  rank: 1, code, name, received: 10, assessed: 10, within_deadline: 9, within_deadline_pct: pct,
  first_response_median_hours: 3.5, first_response_p90_hours: 20.1, resolution_median_hours: 48,
  resolution_p90_hours: 96.2, reopened: 1, reopened_pct: 10, rating_mean: 4.5, ratings: 8, overdue_now: 0,
})

describe('period', () => {
  it('defaults to the current year in West Indonesia Time', () => {
    expect(currentYear(new Date('2026-11-30T09:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    // 31 Dec 2026 18:00 UTC is already 1 Jan 2027 in Indramayu.
    expect(currentYear(new Date('2026-12-31T18:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-12-31' })
  })
  it('takes valid dates from the URL and ignores anything else', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    expect(parsePeriod('2022-01-01', '2022-12-31', now)).toEqual({ from: '2022-01-01', to: '2022-12-31' })
    expect(parsePeriod('2022-02-30', '2022-12-31', now)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(parsePeriod(undefined, '2022-12-31', now).from).toBe('2026-01-01')
    expect(isDate('2024-02-29')).toBe(true)
    expect(isDate('2023-02-29')).toBe(false)
    expect(isDate(20220101)).toBe(false)
  })
  it('reads the group, defaulting to units', () => {
    expect(parseGroup('officer')).toBe('officer')
    expect(parseGroup('kecamatan')).toBe('kecamatan')
    expect(parseGroup('desa')).toBe('unit')
    expect(parseGroup(undefined)).toBe('unit')
  })
})

describe('performanceUrl', () => {
  it('sends the day after the last day as the exclusive end', () => {
    expect(nextDay('2022-12-31')).toBe('2023-01-01')
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
    const period = { from: '2022-01-01', to: '2022-12-31' }
    expect(performanceUrl(period, 'unit')).toBe('/api/v1/reports/performance?from=2022-01-01&to=2023-01-01&group=unit')
    expect(performanceUrl(period, 'category', 'csv')).toBe(
      '/api/v1/reports/performance?from=2022-01-01&to=2023-01-01&group=category&format=csv',
    )
  })
})

describe('formats', () => {
  it('writes percentages with one decimal, the Indonesian way', () => {
    expect(formatPct(97.8, 'id')).toBe('97,8%')
    expect(formatPct(100, 'id')).toBe('100,0%')
    expect(formatPct(97.8, 'en')).toBe('97.8%')
    expect(formatPct(null, 'id')).toBe('—')
  })
  it('writes hours with one decimal, ratings with two, counts with thousands', () => {
    expect(formatHours(1296.5, 'id')).toBe('1.296,5')
    expect(formatHours(70, 'en')).toBe('70.0')
    expect(formatHours(null, 'en')).toBe('—')
    expect(formatRating(4.17, 'id')).toBe('4,17')
    expect(formatRating(null, 'id')).toBe('—')
    expect(formatCount(2245, 'id')).toBe('2.245')
    expect(formatCount(2245, 'en')).toBe('2,245')
  })
  it('names a row without a code', () => {
    expect(rowName({ code: '', name: '' }, 'Belum ditindaklanjuti')).toBe('Belum ditindaklanjuti')
    expect(rowName({ code: 'dinsos', name: 'Dinas Sosial' }, 'x')).toBe('Dinas Sosial')
    expect(rowName({ code: '32.12.20', name: '' }, 'x')).toBe('32.12.20')
  })
})

describe('shareChart', () => {
  it('draws one bar per row with a share, in rank order, and grows with the rows', () => {
    const chart = shareChart([row('a', 'A', 100), row('b', 'B', null), row('c', 'C', 87.5)], { none: '-', share: '%' }, 'id')
    expect(chart.count).toBe(2)
    const option = chart.option as { yAxis: { data: string[] }; series: { data: number[] }[] }
    expect(option.yAxis.data).toEqual(['A', 'C'])
    expect(option.series[0]!.data).toEqual([100, 87.5])
    expect(shareChart([row('a', 'A', 1)], { none: '-', share: '%' }, 'id').height).toBeLessThan(chart.height)
  })
})
