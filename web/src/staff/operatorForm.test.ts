import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/errors'
import { intakeLocation, useOperatorForm } from './operatorForm'

function setup(expired = false) {
  const focus = vi.fn()
  const form = useOperatorForm({
    fieldIds: { description: 'd', title: 'd', 'reporter.phone': 'p' },
    focus,
    expired: async () => expired,
    translate: (key) => key,
  })
  return { form, focus }
}

describe('useOperatorForm', () => {
  it('shows the browser checks and focuses the first field', () => {
    const { form, focus } = setup()
    form.failure.value = 'old'
    expect(form.check({ description: 'terlalu pendek', 'reporter.phone': 'nomor salah' })).toBe(false)
    expect(focus).toHaveBeenCalledWith('description')
    expect(form.failure.value).toBe('')
    expect(form.describe('description', 'count')).toBe('count description-error')
    expect(form.check({})).toBe(true)
    expect(form.errors).toEqual({})
    expect(form.describe('description')).toBeUndefined()
  })

  it("puts the server's refusal of a field at that field (the title at the description)", async () => {
    const { form, focus } = setup()
    await form.send(() => Promise.reject(new ApiError(422, 'invalid_field', 'Judul terlalu pendek', 'title')))
    expect(form.errors.description).toBe('Judul terlalu pendek')
    expect(focus).toHaveBeenCalledWith('title')
    expect(form.saving.value).toBe(false)
  })

  it('puts other failures above the form, and nothing for an expired session', async () => {
    const { form } = setup()
    await form.send(() => Promise.reject(new ApiError(422, 'invalid_field', 'Tidak dikenal', 'channel')))
    expect(form.failure.value).toBe('Tidak dikenal')
    const expired = setup(true).form
    await expired.send(() => Promise.reject(new ApiError(401, 'unauthorized', '')))
    expect(expired.failure.value).toBe('')
    expect(expired.errors).toEqual({})
  })

  it('is busy while the request runs', async () => {
    const { form } = setup()
    let busy = false
    await form.send(async () => {
      busy = form.saving.value
    })
    expect(busy).toBe(true)
    expect(form.saving.value).toBe(false)
  })
})

describe('intakeLocation', () => {
  const none = { kecamatan: '', desa: '', address: '', lat: null, lon: null }
  it('is null when no part of the place was given', () => {
    expect(intakeLocation(none)).toBeNull()
    expect(intakeLocation({ ...none, address: '   ' })).toBeNull()
  })
  it('sends the parts given, trimmed, and a desa only with its kecamatan', () => {
    expect(intakeLocation({ kecamatan: '32.12.01', desa: '32.12.01.2001', address: ' depan masjid ', lat: -6.3, lon: 108.3 })).toEqual({
      kecamatan_code: '32.12.01',
      desa_code: '32.12.01.2001',
      address: 'depan masjid',
      lat: -6.3,
      lon: 108.3,
    })
    expect(intakeLocation({ ...none, desa: '32.12.01.2001' })).toBeNull()
    expect(intakeLocation({ ...none, lat: -6.3, lon: null })).toBeNull()
  })
})
