import { describe, expect, it } from 'vitest'
import type { ChatMessage } from '../api/types'
import {
  deliveryWord,
  displaySender,
  inboundDescription,
  outboxStateKey,
  parseOutboxState,
  sourceChannel,
  localClockOrDate,
  windowIsOpen,
  windowMessage,
} from './chats'

// 2024-05-04 10:00 WIB
const NOW = new Date('2024-05-04T03:00:00Z')

describe('chat sources and senders', () => {
  it('names the complaint channel a chat becomes', () => {
    expect(sourceChannel('whatsapp')).toBe('whatsapp')
    expect(sourceChannel('page')).toBe('facebook')
    expect(sourceChannel('instagram')).toBe('instagram')
  })
  it('shows WhatsApp numbers with a plus and page ids as they are', () => {
    expect(displaySender('whatsapp', '6281355550001')).toBe('+6281355550001')
    expect(displaySender('page', '24680135791')).toBe('24680135791')
    expect(displaySender('whatsapp', 'not-a-number')).toBe('not-a-number')
  })
})

describe('the 24-hour window', () => {
  it('writes a closing time today as the WIB clock only', () => {
    expect(localClockOrDate('2024-05-04T07:05:00Z', NOW, 'id')).toBe('14.05')
    expect(localClockOrDate('2024-05-04T07:05:00Z', NOW, 'en')).toBe('14:05')
  })
  it('adds the date when it closes on another WIB day', () => {
    // 2024-05-05 01:30 WIB is tomorrow there, although still 4 May in UTC.
    const text = localClockOrDate('2024-05-04T18:30:00Z', NOW, 'id')
    expect(text).toContain('01.30')
    expect(text).toContain('5 Mei')
  })
  it('is open until its closing time passes on this clock', () => {
    expect(windowIsOpen({ open: true, closesAt: '2024-05-04T07:05:00Z' }, NOW)).toBe(true)
    expect(windowIsOpen({ open: true, closesAt: '2024-05-04T02:59:00Z' }, NOW)).toBe(false)
    expect(windowIsOpen({ open: false, closesAt: '2024-05-04T07:05:00Z' }, NOW)).toBe(false)
    expect(windowIsOpen({ open: true, closesAt: null }, NOW)).toBe(true)
  })
  it('says when it closes, or that only templates can go out', () => {
    expect(windowMessage({ open: true, closesAt: '2024-05-04T07:05:00Z' }, NOW, 'id')).toEqual({
      key: 'chats.windowOpen',
      params: { time: '14.05', zone: 'WIB' },
    })
    expect(windowMessage({ open: false, closesAt: null }, NOW, 'id')).toEqual({ key: 'chats.windowClosed' })
    expect(windowMessage({ open: true, closesAt: null }, NOW, 'id')).toEqual({ key: 'chats.windowOpenNoTime' })
  })
})

describe('delivery in words', () => {
  const out = (state: ChatMessage['state'], delivery: ChatMessage['delivery']) => ({ direction: 'out' as const, state, delivery })
  it.each([
    ['pending', 'none', 'pending'],
    ['sending', 'none', 'pending'],
    ['sent', 'none', 'sent'],
    ['sent', 'sent', 'sent'],
    ['sent', 'delivered', 'delivered'],
    ['sent', 'read', 'read'],
    ['sent', 'failed', 'failed'],
    ['dead', 'none', 'failed'],
  ] as const)('state %s, delivery %s reads as %s', (state, delivery, word) => {
    expect(deliveryWord(out(state, delivery))).toBe(word)
  })
  it('has nothing to say about inbound messages', () => {
    expect(deliveryWord({ direction: 'in' })).toBeNull()
  })
})

describe('the description a chat becomes', () => {
  const msg = (direction: 'in' | 'out', type: ChatMessage['type'], text: string): ChatMessage => ({
    direction,
    type,
    text,
    at: '2024-05-04T03:00:00Z',
  })
  it('joins the citizen texts, oldest first, leaving out replies, photos and blanks', () => {
    const messages = [
      msg('in', 'text', ' Jalan di Desa Lohbener berlubang. '),
      msg('out', 'conversation', 'Terima kasih, mohon kirim lokasinya.'),
      msg('in', 'image', ''),
      msg('in', 'location', '-6.4, 108.3'),
      msg('in', 'interactive_reply', 'Pengaduan'),
      msg('in', 'text', '   '),
      msg('in', 'text', 'Sudah dua bulan.'),
    ]
    expect(inboundDescription(messages, 5000)).toBe('Jalan di Desa Lohbener berlubang.\nPengaduan\nSudah dua bulan.')
  })
  it('is cut to the longest description the form takes', () => {
    const long = [msg('in', 'text', 'a'.repeat(30)), msg('in', 'text', 'b'.repeat(30))]
    expect(inboundDescription(long, 40)).toBe(`${'a'.repeat(30)}\n${'b'.repeat(9)}`)
    expect(inboundDescription([], 40)).toBe('')
    expect(inboundDescription(long, null)).toBe(`${'a'.repeat(30)}\n${'b'.repeat(30)}`) // limit unknown: uncut
  })
})

describe('outbox filter', () => {
  it('opens on the dead letters and keeps a valid state from the URL', () => {
    expect(parseOutboxState(undefined)).toBe('dead')
    expect(parseOutboxState('bogus')).toBe('dead')
    expect(parseOutboxState('pending')).toBe('pending')
    expect(parseOutboxState('sent')).toBe('sent')
  })
  it('reads a message being sent as still waiting', () => {
    expect(outboxStateKey('sending')).toBe('outbox.states.pending')
    expect(outboxStateKey('dead')).toBe('outbox.states.dead')
  })
})
