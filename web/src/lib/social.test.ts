import { describe, expect, it } from 'vitest'
import { socialHref } from './social'

describe('socialHref', () => {
  it('links known social networks only, with a clean handle', () => {
    expect(socialHref('instagram', 'kec.haurgeulis')).toBe('https://www.instagram.com/kec.haurgeulis')
    expect(socialHref('Instagram', '@dinsos_im')).toBe('https://www.instagram.com/dinsos_im')
    expect(socialHref('tiktok', 'pemkab')).toBe('https://www.tiktok.com/@pemkab')
    expect(socialHref('myspace', 'x')).toBeNull()
    expect(socialHref('instagram', 'a/b?c')).toBeNull()
  })
})
