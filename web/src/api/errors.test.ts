import { describe, expect, it } from 'vitest'
import { ApiError, codeForStatus, errorFromResponse, errorText, fieldErrors, networkError } from './errors'

const translate = (key: string) =>
  ({ 'errors.network': 'Tidak dapat menghubungi server.', 'errors.unknown': 'Terjadi kesalahan.', 'errors.rate_limited': 'Terlalu banyak.' })[
    key
  ] ?? key

describe('errorFromResponse', () => {
  it('reads the API error body', () => {
    const e = errorFromResponse(
      422,
      '{"error":{"code":"invalid_field","message":"Nomor telepon tidak sah","field":"reporter.phone"}}',
    )
    expect(e).toBeInstanceOf(ApiError)
    expect(e).toMatchObject({ status: 422, code: 'invalid_field', message: 'Nomor telepon tidak sah', field: 'reporter.phone' })
  })

  it('keeps the message of a 409 and a 403', () => {
    const conflict = errorFromResponse(409, '{"error":{"code":"illegal_transition","message":"Tindakan resolve tidak berlaku untuk aduan berstatus diterima","field":"action"}}')
    expect(conflict.code).toBe('illegal_transition')
    expect(conflict.message).toContain('berstatus diterima')
    const csrf = errorFromResponse(403, '{"error":{"code":"forbidden","message":"Token CSRF tidak ada atau salah","field":"X-CSRF-Token"}}')
    expect(fieldErrors(csrf)).toEqual({ '': 'Token CSRF tidak ada atau salah' })
  })

  it('falls back to a code from the status for bodies that are not API errors', () => {
    expect(errorFromResponse(502, '<html>Bad Gateway</html>')).toMatchObject({ code: 'unavailable', message: '', field: '' })
    expect(errorFromResponse(429, '')).toMatchObject({ code: 'rate_limited' })
    expect(errorFromResponse(404, '{"error":"nope"}')).toMatchObject({ code: 'not_found', message: '' })
    expect(errorFromResponse(418, '[]')).toMatchObject({ code: 'unknown' })
  })
})

describe('codeForStatus', () => {
  it('maps statuses to codes', () => {
    expect(codeForStatus(0)).toBe('network')
    expect(codeForStatus(401)).toBe('unauthorized')
    expect(codeForStatus(413)).toBe('too_large')
    expect(codeForStatus(503)).toBe('unavailable')
  })
})

describe('fieldErrors and errorText', () => {
  it('keys a field error by the API field name', () => {
    const e = new ApiError(422, 'invalid_field', 'Uraian harus 10 sampai 5000 karakter', 'description')
    expect(fieldErrors(e)).toEqual({ description: 'Uraian harus 10 sampai 5000 karakter' })
  })

  it('prefers the server message, then a translated code, then a generic text', () => {
    expect(errorText(new ApiError(422, 'invalid_field', 'Kategori tidak dikenal', 'category'), translate)).toBe(
      'Kategori tidak dikenal',
    )
    expect(errorText(networkError(), translate)).toBe('Tidak dapat menghubungi server.')
    expect(errorText(errorFromResponse(429, ''), translate)).toBe('Terlalu banyak.')
    expect(errorText(new ApiError(500, 'strange_code', ''), translate)).toBe('Terjadi kesalahan.')
    expect(errorText(new TypeError('boom'), translate)).toBe('Terjadi kesalahan.')
  })
})
