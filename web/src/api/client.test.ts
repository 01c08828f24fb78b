// The deadline settings' calls as the server sees them: method, path, headers and body. fetch
// is replaced at the client's boundary.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../i18n'
import { api, setCsrfToken } from './client'
import { ApiError } from './errors'

interface Call {
  url: string
  method: string
  headers: Record<string, string>
  body: unknown
}

let calls: Call[] = []
let reply: () => Response

beforeEach(() => {
  calls = []
  reply = () => new Response(null, { status: 204 })
  setCsrfToken('csrf-1')
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET', headers: init.headers as Record<string, string>, body: init.body })
    return reply()
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken('')
})

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('language', () => {
  it("asks for the server's messages in the page's language", async () => {
    await api.deadlinePolicies().catch(() => undefined)
    expect(calls[0]!.headers).toMatchObject({ 'Accept-Language': 'id' })
    i18n.global.locale.value = 'en'
    try {
      await api.deadlinePolicies().catch(() => undefined)
    } finally {
      i18n.global.locale.value = 'id'
    }
    expect(calls[1]!.headers).toMatchObject({ 'Accept-Language': 'en' })
  })
})

describe('deadline policies', () => {
  it('reads the policies', async () => {
    reply = json(200, { items: [], unit_policies: [], steps: ['verification'], limit_units: ['working_days'] })
    expect((await api.deadlinePolicies()).steps).toEqual(['verification'])
    expect(calls[0]).toMatchObject({ url: '/api/v1/admin/deadline-policies', method: 'GET' })
  })
  it('puts a policy with its steps and the CSRF token', async () => {
    reply = json(201, { policy: { code: 'teknis_24', required: false, steps: [], categories: [] }, recounted: 12 })
    const saved = await api.saveDeadlinePolicy('teknis_24', [{ step: 'follow_up', amount: 24, unit: 'calendar_hours' }])
    expect(saved.recounted).toBe(12)
    expect(calls[0]).toMatchObject({ url: '/api/v1/admin/deadline-policies/teknis_24', method: 'PUT' })
    expect(calls[0]!.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'csrf-1' })
    expect(JSON.parse(calls[0]!.body as string)).toEqual({ steps: [{ step: 'follow_up', amount: 24, unit: 'calendar_hours' }] })
  })
  it('passes on a 422 with its field, and a 409 with its message', async () => {
    reply = json(422, { error: { code: 'invalid_field', message: 'Jumlah wajib diisi', field: 'steps[1].amount' } })
    await expect(api.saveDeadlinePolicy('x', [])).rejects.toMatchObject({ status: 422, field: 'steps[1].amount', message: 'Jumlah wajib diisi' })
    reply = json(409, { error: { code: 'conflict', message: 'Kebijakan masih dipakai kategori sosial.bansos', field: '' } })
    const error = await api.deleteDeadlinePolicy('teknis_48').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, message: 'Kebijakan masih dipakai kategori sosial.bansos' })
    expect(calls[1]).toMatchObject({ url: '/api/v1/admin/deadline-policies/teknis_48', method: 'DELETE' })
  })
  it('puts and deletes a unit\'s own policy for a category, codes escaped', async () => {
    reply = json(200, { unit_policy: { unit: { code: '32.12.20', name: 'Kecamatan Losarang' }, category: { code: 'sosial.bansos', name: 'Bansos' }, policy: 'teknis_24' }, recounted: 3 })
    expect((await api.saveUnitPolicy('32.12.20', 'sosial.bansos', 'teknis_24')).recounted).toBe(3)
    expect(calls[0]).toMatchObject({ url: '/api/v1/admin/unit-deadline-policies/32.12.20/sosial.bansos', method: 'PUT' })
    expect(JSON.parse(calls[0]!.body as string)).toEqual({ policy: 'teknis_24' })
    reply = () => new Response(null, { status: 204 })
    await api.deleteUnitPolicy('a/b', 'c')
    expect(calls[1]).toMatchObject({ url: '/api/v1/admin/unit-deadline-policies/a%2Fb/c', method: 'DELETE' })
  })
})

describe('holidays', () => {
  it('reads a year from the public list', async () => {
    reply = json(200, [{ date: '2026-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2026 Masehi' }])
    expect(await api.holidays(2026)).toHaveLength(1)
    expect(calls[0]).toMatchObject({ url: '/api/v1/holidays?year=2026', method: 'GET' })
  })
  it('sends the whole year as JSON', async () => {
    reply = json(200, { year: 2027, items: [], recounted: 40 })
    const items = [{ date: '2027-01-01', kind: 'libur_nasional' as const, name: 'Tahun Baru 2027 Masehi' }]
    expect((await api.saveHolidays(2027, items)).recounted).toBe(40)
    expect(calls[0]).toMatchObject({ url: '/api/v1/admin/holidays/2027', method: 'PUT' })
    expect(JSON.parse(calls[0]!.body as string)).toEqual({ items })
  })
  it('sends a CSV file as text/csv, as it is', async () => {
    reply = json(200, { year: 2027, items: [], recounted: 0 })
    const csv = 'date,kind,name\n2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n'
    await api.importHolidays(2027, csv)
    expect(calls[0]).toMatchObject({ url: '/api/v1/admin/holidays/2027', method: 'PUT', body: csv })
    expect(calls[0]!.headers).toMatchObject({ 'Content-Type': 'text/csv', 'X-CSRF-Token': 'csrf-1' })
  })
})

describe('publication', () => {
  it('puts the whole decision with the CSRF token, ticket escaped', async () => {
    reply = json(200, { ticket: '2611-7K3QZD' })
    const decision = { hidden_phrases: ['Budi Santoso'], published_photos: ['k3n9x2m4p8q1r7t5'] }
    expect((await api.publishComplaint('2611-7K3QZD', decision)).ticket).toBe('2611-7K3QZD')
    expect(calls[0]).toMatchObject({ url: '/api/v1/staff/complaints/2611-7K3QZD/publication', method: 'PUT' })
    expect(calls[0]!.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'csrf-1' })
    expect(JSON.parse(calls[0]!.body as string)).toEqual(decision)
  })
  it('passes on a 422 with the field it names', async () => {
    reply = json(422, { error: { code: 'invalid_field', message: 'Foto tidak termasuk foto laporan', field: 'published_photos' } })
    await expect(api.publishComplaint('2611-7K3QZD', { hidden_phrases: [], published_photos: ['x'] })).rejects.toMatchObject({
      status: 422,
      field: 'published_photos',
      message: 'Foto tidak termasuk foto laporan',
    })
  })
})
