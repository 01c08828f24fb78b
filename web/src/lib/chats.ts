// Chats with citizens and the outbox, as the console shows them: the WhatsApp 24-hour window
// in words, an outbound message's delivery in words, the citizen's own texts joined into a
// complaint description, and the outbox filter kept in the URL. Pure functions (unit-tested);
// the words themselves come from vue-i18n.
import type { Channel, ChatMessage, ChatSource, OutboundState } from '../api/types'
import { zonedFormatter } from './format'
import { localDate, localZone } from './zone'

// How often an open thread asks for new messages while the page is visible.
export const POLL_MS = 10_000

// The complaint channel a chat becomes; its label is the channel's (channels.* messages).
export function sourceChannel(source: ChatSource): Channel {
  if (source === 'page') return 'facebook'
  return source
}

// Operators may see the number: WhatsApp senders are digits with the country code, shown as
// "+62..."; Facebook and Instagram senders are page-scoped ids, shown as they are.
export function displaySender(source: ChatSource, sender: string): string {
  return source === 'whatsapp' && /^\d+$/.test(sender) ? `+${sender}` : sender
}

function clockFormatter(locale: string, withDate: boolean): Intl.DateTimeFormat {
  return zonedFormatter(withDate ? 'day-clock' : 'clock', locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(withDate ? { day: 'numeric', month: 'short' } : {}),
  })
}

// "14.05" when `iso` falls on today's local date, else "5 Mei 14.05" (the window is 24 hours,
// so it often closes tomorrow).
export function localClockOrDate(iso: string, now: Date, locale: string): string {
  const at = Date.parse(iso)
  if (!Number.isFinite(at)) return iso
  return clockFormatter(locale, localDate(at) !== localDate(now.getTime())).format(at)
}

export interface WindowInfo {
  open: boolean
  closesAt: string | null
}

// Open while the server says so and its closing time has not passed on this clock (a thread
// left on screen keeps counting down between polls).
export function windowIsOpen(window: WindowInfo, now: Date): boolean {
  if (!window.open) return false
  if (!window.closesAt) return true
  const closes = Date.parse(window.closesAt)
  return !Number.isFinite(closes) || closes > now.getTime()
}

export interface Message {
  key: string
  params?: Record<string, string>
}

export function windowMessage(window: WindowInfo, now: Date, locale: string): Message {
  if (!windowIsOpen(window, now)) return { key: 'chats.windowClosed' }
  if (!window.closesAt) return { key: 'chats.windowOpenNoTime' }
  return {
    key: 'chats.windowOpen',
    params: { time: localClockOrDate(window.closesAt, now, locale), zone: localZone().name },
  }
}

export type DeliveryWord = 'pending' | 'sent' | 'delivered' | 'read' | 'failed'

// What happened to an outbound message, in one word (chats.delivery.*); null for inbound ones.
// The provider's report wins once there is one; before that the outbox state says it.
export function deliveryWord(message: Pick<ChatMessage, 'direction' | 'state' | 'delivery'>): DeliveryWord | null {
  if (message.direction !== 'out') return null
  if (message.state === 'dead' || message.delivery === 'failed') return 'failed'
  if (message.delivery === 'read' || message.delivery === 'delivered' || message.delivery === 'sent') {
    return message.delivery
  }
  return message.state === 'sent' ? 'sent' : 'pending'
}

// The citizen's own words, oldest first, one message a line: the description a chat becomes.
// Photos, locations and unsupported messages carry no text of their own. Cut to what the
// complaint form takes (the server's description_max), uncut while that is unknown (null).
export function inboundDescription(messages: readonly ChatMessage[], max: number | null): string {
  const joined = messages
    .filter((m) => m.direction === 'in' && (m.type === 'text' || m.type === 'interactive_reply'))
    .map((m) => m.text.trim())
    .filter(Boolean)
    .join('\n')
  return max !== null && Array.from(joined).length > max ? Array.from(joined).slice(0, max).join('').trimEnd() : joined
}

// The outbox tabs; the page opens on the messages that failed for good.
export const OUTBOX_STATES = ['dead', 'pending', 'sent'] as const
export type OutboxFilter = (typeof OUTBOX_STATES)[number]
export const DEFAULT_OUTBOX_STATE: OutboxFilter = 'dead'

export function parseOutboxState(value: unknown): OutboxFilter {
  return (OUTBOX_STATES as readonly unknown[]).includes(value) ? (value as OutboxFilter) : DEFAULT_OUTBOX_STATE
}

// A row's state in words: "sending" is still on its way, so it reads as waiting.
export function outboxStateKey(state: OutboundState): string {
  return `outbox.states.${state === 'sending' ? 'pending' : state}`
}
