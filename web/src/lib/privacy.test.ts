import { describe, expect, it } from 'vitest'
import type { PersonData, PersonErased, PrivacyRequest } from '../api/types'
import {
  clockState,
  emptyPersonForm,
  exportFileName,
  exportJson,
  fieldOfError,
  groupByComplaint,
  isPersonData,
  letterUrl,
  newestFirst,
  requestBody,
} from './privacy'

function request(over: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return {
    id: 1,
    kind: 'export',
    subject: '+628*********90',
    reason: '',
    actor: 'privasi',
    received_at: '2026-12-12T03:00:00Z',
    due_at: '2026-12-15T03:00:00Z',
    done_at: '2026-12-12T03:00:00Z',
    late: false,
    outcome: '1 aduan',
    ...over,
  }
}

function complaint(ticket: string) {
  return {
    ticket,
    created_at: '2026-12-01T01:00:00Z',
    channel: 'web',
    category: 'sosial.bansos',
    unit: 'dinsos',
    status: 'diterima',
    title: '',
    description: 'Nama saya hilang',
    address: '',
    reporter: { name: 'Siti', phone: '+6281234567890', email: '' },
    photos: [],
    feedback: null,
    history: [],
  }
}

const entry = (ticket: string, action = 'complaint.verify') => ({ at: '2026-12-02T01:00:00Z', actor: 'dinsos.petugas', action, ticket, detail: '' })

function personData(over: Partial<PersonData> = {}): PersonData {
  return { request: request(), complaints: [], messages: [], outbound: [], processing: [], ...over }
}

describe('requestBody', () => {
  it('sends the key under the chosen name, trimmed, and the reason only when written', () => {
    const form = { ...emptyPersonForm(), key: ' 0812-3456-7890 ' }
    expect(requestBody('export', form)).toEqual({ kind: 'export', phone: '0812-3456-7890' })
    expect(requestBody('erase', { keyKind: 'email', key: 'Siti@Example.id', reason: '  surat 12/XII ' })).toEqual({
      kind: 'erase',
      email: 'Siti@Example.id',
      reason: 'surat 12/XII',
    })
    expect(requestBody('export', { keyKind: 'nik', key: '3212011234567890', reason: '   ' })).toEqual({
      kind: 'export',
      nik: '3212011234567890',
    })
  })
})

describe('fieldOfError', () => {
  it('puts phone, e-mail and NIK at the one key field, the reason at its own, the rest above the form', () => {
    expect(fieldOfError('phone')).toBe('key')
    expect(fieldOfError('email')).toBe('key')
    expect(fieldOfError('nik')).toBe('key')
    expect(fieldOfError('reason')).toBe('reason')
    expect(fieldOfError('kind')).toBe('')
    expect(fieldOfError('')).toBe('')
  })
})

describe('isPersonData', () => {
  it('tells an export from an erasure', () => {
    const erased: PersonErased = {
      request: request({ kind: 'erase' }),
      tickets: [],
      erased: { complaints: 0, history_texts: 0, photos: 0, messages: 0, outbound: 0, webhooks: 0, chat_state: 0 },
    }
    expect(isPersonData(personData())).toBe(true)
    expect(isPersonData(erased)).toBe(false)
  })
})

describe('groupByComplaint', () => {
  it('puts each audit entry with its complaint, and keeps the rest apart', () => {
    const held = groupByComplaint(
      personData({
        complaints: [complaint('ADU-1'), complaint('ADU-2')],
        processing: [entry('ADU-2'), entry('ADU-1'), entry('ADU-2', 'complaint.dispose'), entry('ADU-9')],
      }),
    )
    expect(held.groups.map((g) => [g.complaint.ticket, g.processing.map((p) => p.action)])).toEqual([
      ['ADU-1', ['complaint.verify']],
      ['ADU-2', ['complaint.verify', 'complaint.dispose']],
    ])
    expect(held.otherProcessing.map((p) => p.ticket)).toEqual(['ADU-9'])
    expect(held.empty).toBe(false)
  })

  it('says when nothing is held', () => {
    expect(groupByComplaint(personData()).empty).toBe(true)
    expect(groupByComplaint(personData({ messages: [{ at: 'x', source: 'whatsapp', type: 'text', text: 'halo' }] })).empty).toBe(false)
  })
})

describe('the download', () => {
  it('is the answer as JSON, named after its request', () => {
    const data = personData({ complaints: [complaint('ADU-1')] })
    expect(JSON.parse(exportJson(data))).toEqual(data)
    expect(exportFileName(request({ id: 42 }))).toBe('data-pribadi-42.json')
  })
})

describe('clockState', () => {
  it('reads the server’s verdict: late, on time once answered, else open', () => {
    expect(clockState(request())).toBe('onTime')
    expect(clockState(request({ late: true }))).toBe('late')
    expect(clockState(request({ done_at: null }))).toBe('open')
    expect(clockState(request({ done_at: null, late: true }))).toBe('late')
  })
})

describe('newestFirst', () => {
  it('orders by receipt, newest first, then by number', () => {
    const items = [
      request({ id: 1, received_at: '2026-12-01T00:00:00Z' }),
      request({ id: 3, received_at: '2026-12-03T00:00:00Z' }),
      request({ id: 2, received_at: '2026-12-03T00:00:00Z' }),
    ]
    expect(newestFirst(items).map((r) => r.id)).toEqual([3, 2, 1])
  })
})

describe('letterUrl', () => {
  it('asks for the request letter with the key it was made with, under its own name and encoded', () => {
    expect(letterUrl(7, { kind: 'phone', key: ' +62 813-2222 ' })).toBe('/api/v1/privacy/requests/7/letter.pdf?phone=%2B62+813-2222')
    expect(letterUrl(8, { kind: 'email', key: 'siti@example.id' })).toBe('/api/v1/privacy/requests/8/letter.pdf?email=siti%40example.id')
    expect(letterUrl(9, { kind: 'nik', key: '3212041203850004' })).toBe('/api/v1/privacy/requests/9/letter.pdf?nik=3212041203850004')
  })
})
