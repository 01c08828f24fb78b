import { describe, expect, it } from 'vitest'
import { normalizePhone, socialHref, telHref, whatsappHref } from './phone'

describe('normalizePhone (same cases as the server)', () => {
  const cases: [string, string | null][] = [
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['006281234567890', '+6281234567890'],
    ['(0234) 272-123', '+62234272123'],
    ['0812.3456.7890', '+6281234567890'],
    ['0812-3456-78ab', null],
    ['telepon saya', null],
    ['0812', null],
    ['0812345', null],
    ['+62 812 3456 7890 1234', null],
    ['+1 202 555 0100', null],
    ['00001068871776', null], // the server's fuzzer found "00" then "00..." read as a number
    ['62+81234567890', null],
    ['++6281234567890', null],
    ['', null],
  ]
  for (const [input, expected] of cases) {
    it(`"${input}" -> ${expected}`, () => expect(normalizePhone(input)).toBe(expected))
  }
})

describe('links', () => {
  it('makes tel: and wa.me links', () => {
    expect(telHref('(0234) 296626')).toBe('tel:+62234296626')
    expect(whatsappHref('+6281299920993')).toBe('https://wa.me/6281299920993')
    expect(whatsappHref('0812-9992-0993')).toBe('https://wa.me/6281299920993')
    expect(telHref('bukan nomor')).toBeNull()
  })
  it('links known social networks only, with a clean handle', () => {
    expect(socialHref('instagram', 'kec.haurgeulis')).toBe('https://www.instagram.com/kec.haurgeulis')
    expect(socialHref('Instagram', '@dinsos_im')).toBe('https://www.instagram.com/dinsos_im')
    expect(socialHref('tiktok', 'pemkab')).toBe('https://www.tiktok.com/@pemkab')
    expect(socialHref('myspace', 'x')).toBeNull()
    expect(socialHref('instagram', 'a/b?c')).toBeNull()
  })
})
