import { describe, expect, it } from 'vitest'
import { countLabel, isStale, unseenCount } from './notifications'

describe('notifications', () => {
  it('counts the ids newer than the last one seen', () => {
    expect(unseenCount([9, 7, 4, 2], 4)).toBe(2)
    expect(unseenCount([9, 7], 0)).toBe(2)
    expect(unseenCount([], 3)).toBe(0)
  })
  it('writes a full first page of new ones as "50+"', () => {
    expect(countLabel(3, 50, true)).toBe('3')
    expect(countLabel(50, 50, false)).toBe('50')
    expect(countLabel(50, 50, true)).toBe('50+')
  })
  it('asks the server again at most once a minute', () => {
    expect(isStale(null, 1_000, 60_000)).toBe(true)
    expect(isStale(1_000, 30_000, 60_000)).toBe(false)
    expect(isStale(1_000, 61_000, 60_000)).toBe(true)
  })
})
