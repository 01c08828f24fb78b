import { describe, expect, it } from 'vitest'
import { dutyValues, type Duty, type PerformanceRow, type StaffNotification } from '../api/types'
import { latestEscalations, rankingChart, readsAsZero, slowestResponse, summaryParts, summaryUrl, topOverdue } from './leadership'

const row = (code: string, name: string, overdue: number, median: number | null): PerformanceRow => ({
  rank: 1, code, name, received: 10, assessed: 10, within_deadline: 5, within_deadline_pct: 50,
  first_response_median_hours: median, first_response_p90_hours: null, resolution_median_hours: null,
  resolution_p90_hours: null, reopened: 0, reopened_pct: 0, rating_mean: null, ratings: 0, overdue_now: overdue,
})

const rows = [
  row('dinsos', 'Dinas Sosial', 4, 30.5),
  row('dpupr', 'Dinas PUPR', 9, 12),
  row('bpbd', 'BPBD', 0, null),
  row('disdik', 'Dinas Pendidikan', 4, 72.25),
  row('x', '', 1, 5),
]

describe('summaryParts', () => {
  it('ranks units with the heat map duty, and lists escalations for those who follow and are notified of them', () => {
    // The duties the server's table gives the super admin (all), leadership, the auditor and an officer.
    const leadership: Duty[] = ['work_inbox', 'follow_escalations', 'read_notifications', 'read_emergency_report', 'read_reports', 'read_heatmap']
    const auditor: Duty[] = ['work_inbox', 'read_emergency_report', 'read_reports', 'read_heatmap', 'read_audit']
    const officer: Duty[] = ['work_inbox', 'read_notifications', 'file_intake', 'answer_chats', 'look_up_callers', 'read_reports']
    expect(summaryParts(dutyValues)).toEqual({ rankings: true, latest: true })
    expect(summaryParts(leadership)).toEqual({ rankings: true, latest: true })
    expect(summaryParts(auditor)).toEqual({ rankings: true, latest: false })
    expect(summaryParts(officer)).toEqual({ rankings: false, latest: false })
    expect(summaryParts([])).toEqual({ rankings: false, latest: false })
    expect(summaryParts(undefined)).toEqual({ rankings: false, latest: false })
  })

  it('reads the duties, not the role', () => {
    expect(summaryParts(['read_heatmap'])).toEqual({ rankings: true, latest: false })
    // The latest escalations are notifications: without the bell there are none to read.
    expect(summaryParts(['follow_escalations'])).toEqual({ rankings: false, latest: false })
    expect(summaryParts(['follow_escalations', 'read_notifications'])).toEqual({ rankings: false, latest: true })
  })
})

describe('summaryUrl', () => {
  it('asks for every unit from the first of January (WIB) on', () => {
    expect(summaryUrl(new Date('2026-11-30T09:00:00Z'))).toBe('/api/v1/reports/performance?group=unit&from=2026-01-01')
    // 1 January 01:00 WIB is still the old year in UTC.
    expect(summaryUrl(new Date('2026-12-31T18:00:00Z'))).toBe('/api/v1/reports/performance?group=unit&from=2027-01-01')
  })
})

describe('topOverdue', () => {
  it('puts the most overdue first, equal counts by name, and leaves out units with none', () => {
    expect(topOverdue(rows).map((r) => [r.code, r.value])).toEqual([['dpupr', 9], ['disdik', 4], ['dinsos', 4], ['x', 1]])
  })
  it('names a unit the directory does not know by its code, and keeps the top n', () => {
    expect(topOverdue(rows)[3]?.name).toBe('x')
    expect(topOverdue(rows, 2).map((r) => r.code)).toEqual(['dpupr', 'disdik'])
  })
})

describe('slowestResponse', () => {
  it('puts the slowest median first and leaves out units with nothing answered', () => {
    expect(slowestResponse(rows).map((r) => [r.code, r.value])).toEqual([['disdik', 72.25], ['dinsos', 30.5], ['dpupr', 12], ['x', 5]])
    expect(slowestResponse(rows, 1).map((r) => r.code)).toEqual(['disdik'])
  })
})

describe('latestEscalations', () => {
  const n = (id: number, kind: StaffNotification['kind']): StaffNotification =>
    ({ id, ticket: `T${id}`, kind, level: 1, text: '', created_at: '2026-11-30T10:00:00+07:00' })
  it('keeps escalation notices only, newest first as given, at most five', () => {
    const items = [n(9, 'escalation'), n(8, 'reminder'), n(7, 'escalation'), n(6, 'escalation'), n(5, 'archive'),
      n(4, 'escalation'), n(3, 'escalation'), n(2, 'escalation')]
    expect(latestEscalations(items).map((i) => i.id)).toEqual([9, 7, 6, 4, 3])
  })
})

describe('rankingChart', () => {
  it('draws one labelled bar per unit, the first on top, and grows with the units', () => {
    const ranked = topOverdue(rows)
    const { option, height } = rankingChart(ranked, { series: 'Lewat tenggat', color: '#a5123a', labelWidth: 110, format: String })
    const yAxis = option.yAxis as { data: string[]; inverse: boolean }
    const series = option.series as { data: number[]; name: string }[]
    expect(yAxis.inverse).toBe(true)
    expect(yAxis.data).toEqual(['Dinas PUPR', 'Dinas Pendidikan', 'Dinas Sosial', 'x'])
    expect(series[0]?.data).toEqual([9, 4, 4, 1])
    expect(series[0]?.name).toBe('Lewat tenggat')
    expect(height).toBeGreaterThan(rankingChart(ranked.slice(0, 1), { series: '', color: '', labelWidth: 1, format: String }).height)
  })
})

describe('readsAsZero', () => {
  const oneDecimal = (v: number) => v.toFixed(1)
  it('is true when every bar would print as zero', () => {
    expect(readsAsZero([{ code: 'dinsos', name: 'Dinas Sosial', value: 0 }], oneDecimal)).toBe(true)
    expect(readsAsZero([{ code: 'a', name: 'A', value: 0.01 }, { code: 'b', name: 'B', value: 0.04 }], oneDecimal)).toBe(true)
  })
  it('is false with one bar that reads more than zero, and for no bars (said by the empty text)', () => {
    expect(readsAsZero([{ code: 'a', name: 'A', value: 0 }, { code: 'b', name: 'B', value: 0.2 }], oneDecimal)).toBe(false)
    expect(readsAsZero([], oneDecimal)).toBe(false)
  })
})
