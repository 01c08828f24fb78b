import { describe, expect, it, vi } from 'vitest'
import { afterFailures, tilesWanted } from './mapTiles'

describe('tilesWanted', () => {
  it('loads tiles only online and outside a test browser', () => {
    expect(tilesWanted({ onLine: true, webdriver: false })).toBe(true)
    expect(tilesWanted({ onLine: false, webdriver: false })).toBe(false)
    expect(tilesWanted({ onLine: true, webdriver: true })).toBe(false)
  })
})

describe('afterFailures', () => {
  it('gives up once, at the limit', () => {
    const giveUp = vi.fn()
    const failed = afterFailures(3, giveUp)
    failed()
    failed()
    expect(giveUp).not.toHaveBeenCalled()
    failed()
    failed()
    expect(giveUp).toHaveBeenCalledTimes(1)
  })
})
