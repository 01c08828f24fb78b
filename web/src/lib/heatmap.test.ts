import { describe, expect, it } from 'vitest'
import { binLabel, binOf, cellBounds, cellName, HEAT_BINS, heatmapUrl, nextDay } from './heatmap'

describe('heat map', () => {
  it('puts each count in its colour class', () => {
    expect(binOf(3).color).toBe('#fed976')
    expect(binOf(4).color).toBe('#fed976')
    expect(binOf(5).color).toBe('#feb24c')
    expect(binOf(19).color).toBe('#fd8d3c')
    expect(binOf(20).color).toBe('#f03b20')
    expect(binOf(50).color).toBe('#bd0026')
    expect(binOf(5000).color).toBe('#bd0026')
    expect(binOf(1).color).toBe('#fed976')
  })

  it('has classes that touch without gaps and a legend for each', () => {
    for (let i = 1; i < HEAT_BINS.length; i++) {
      expect(HEAT_BINS[i]!.min).toBe((HEAT_BINS[i - 1]!.max ?? NaN) + 1)
    }
    expect(HEAT_BINS.map(binLabel)).toEqual(['3–4', '5–9', '10–19', '20–49', '≥ 50'])
  })

  it('draws a cell around its centre and names it to the grid’s precision', () => {
    const [[s, w], [n, e]] = cellBounds({ lat: -6.33, lon: 108.32, count: 4 }, 0.01)
    expect(s).toBeCloseTo(-6.335, 9)
    expect(n).toBeCloseTo(-6.325, 9)
    expect(w).toBeCloseTo(108.315, 9)
    expect(e).toBeCloseTo(108.325, 9)
    expect(cellName({ lat: -6.33, lon: 108.32, count: 4 }, 0.01)).toBe('-6.33, 108.32')
    expect(cellName({ lat: -6.3, lon: 108.0, count: 4 }, 0.01)).toBe('-6.30, 108.00')
  })

  it('asks for an inclusive date range as [from, day after to)', () => {
    expect(heatmapUrl({ from: '', to: '', category: '' })).toBe('/api/v1/leadership/heatmap')
    expect(heatmapUrl({ from: '2026-01-01', to: '2026-12-31', category: 'sosial' })).toBe(
      '/api/v1/leadership/heatmap?from=2026-01-01&to=2027-01-01&category=sosial',
    )
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
    expect(nextDay('2026-02-28')).toBe('2026-03-01')
  })
})
