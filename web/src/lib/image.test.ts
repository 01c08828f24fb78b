import { describe, expect, it } from 'vitest'
import { MAX_EDGE, fitWithin } from './image'

describe('fitWithin', () => {
  it('keeps an image that already fits', () => {
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 })
    expect(fitWithin(2560, 1920)).toEqual({ width: 2560, height: 1920 })
  })

  it('scales a 12 MP landscape photo to 2560 on the long edge', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 2560, height: 1920 })
  })

  it('scales a portrait photo by its height', () => {
    expect(fitWithin(3024, 4032)).toEqual({ width: 1920, height: 2560 })
  })

  it('rounds the short edge and never lets it reach zero', () => {
    expect(fitWithin(4624, 3472)).toEqual({ width: 2560, height: 1922 }) // 1922.2
    expect(fitWithin(100000, 10)).toEqual({ width: 2560, height: 1 })
  })

  it('keeps the long edge exactly at the limit and the ratio within a pixel', () => {
    for (const [w, h] of [[8192, 5464], [5000, 5000], [2561, 1], [3000, 7000]] as const) {
      const out = fitWithin(w, h)
      expect(Math.max(out.width, out.height)).toBe(MAX_EDGE)
      const short = Math.min(w, h) * (MAX_EDGE / Math.max(w, h))
      expect(Math.abs(Math.min(out.width, out.height) - short)).toBeLessThanOrEqual(0.5 + 1e-9)
    }
  })

  it('honours another limit', () => {
    expect(fitWithin(1000, 500, 320)).toEqual({ width: 320, height: 160 })
  })

  it('refuses sizes that are not positive', () => {
    expect(() => fitWithin(0, 10)).toThrow(RangeError)
    expect(() => fitWithin(10, -1)).toThrow(RangeError)
    expect(() => fitWithin(Number.NaN, 10)).toThrow(RangeError)
  })
})
