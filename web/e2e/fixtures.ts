// Shared test helpers: the server's URL as baseURL, accessibility checks, screenshots, and
// small API calls used to set up a scene.
import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
import { createHmac } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const screenshots = join(dirname(fileURLToPath(import.meta.url)), 'screenshots')
mkdirSync(screenshots, { recursive: true })

export const test = base.extend({
  // Set by global-setup.ts once the server says where it listens.
  baseURL: async ({}, use) => {
    const url = process.env.TANGGAP_E2E_URL
    if (!url) throw new Error('TANGGAP_E2E_URL is not set: global setup did not run')
    await use(url)
  },
})
export { expect }

export const DEMO_PASSWORD = 'tanggap-demo'
// The demo super admin's TOTP secret (src/demo/indramayu_directory.hpp), base32.
export const DEMO_TOTP_SECRET = 'ORQW4Z3HMFYC2ZDFNVXS243VOBSXEYLENVUW4'

function base32Bytes(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const c of text) bits += alphabet.indexOf(c).toString(2).padStart(5, '0')
  const bytes: number[] = []
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2))
  return Buffer.from(bytes)
}

// RFC 6238 (SHA-1, 6 digits, 30 s), as the authenticator app on a super admin's phone.
export function totpCode(base32Secret: string, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const mac = createHmac('sha1', base32Bytes(base32Secret)).update(counter).digest()
  const offset = mac.readUInt8(mac.length - 1) & 0x0f
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

// The server takes each code once and one step either side of its own: a second sign-in in
// the same 30 s takes the next step's code, a third waits for the step to turn.
const lastStep = new Map<string, number>()
export async function oneTimeCode(username: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 30_000)
    const step = Math.max((lastStep.get(username) ?? 0) + 1, current)
    if (step <= current + 1) {
      lastStep.set(username, step)
      return totpCode(DEMO_TOTP_SECRET, step)
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200))
  }
}

// An API session of `username` (the one-time code sent when the server asks for it); the
// caller disposes of the context. Returns it with its CSRF token.
export async function staffSession(username: string): Promise<{ staff: APIRequestContext; csrf: string }> {
  const staff = await playwrightRequest.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
  const credentials: Record<string, string> = { username, password: DEMO_PASSWORD }
  let login = await staff.post('/api/v1/auth/login', { data: credentials })
  if (login.status() === 401 && ((await login.json()) as { error: { field: string | null } }).error.field === 'otp') {
    login = await staff.post('/api/v1/auth/login', { data: { ...credentials, otp: await oneTimeCode(username) } })
  }
  expect(login.status(), await login.text()).toBe(200)
  const { csrf_token: csrf } = (await login.json()) as { csrf_token: string }
  return { staff, csrf }
}

// No serious or critical axe-core violation (WCAG 2.1 A and AA rules) on the page as it is now.
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
  expect(report, `accessibility of ${what}`).toEqual([])
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage })
}

export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/petugas/masuk')
  await page.getByLabel('Nama pengguna').fill(username)
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  const code = page.getByLabel('Kode OTP')
  await expect(page.getByTestId('signed-in').or(code)).toBeVisible()
  if (await code.isVisible()) {
    await code.fill(await oneTimeCode(username))
    await page.getByRole('button', { name: 'Masuk' }).click()
  }
  await expect(page.getByTestId('signed-in')).toBeVisible()
}

export interface Receipt {
  ticket: string
  tracking_token: string
}

export async function fileComplaint(request: APIRequestContext, body: Record<string, unknown>): Promise<Receipt> {
  const response = await request.post('/api/v1/complaints', { data: { kind: 'pengaduan', ...body } })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()) as Receipt
}

// An officer of the complaint's unit verifies it through the API, in a session of its own: a
// complaint is public (tracking without its token, the public list) only once verified.
export async function verifyComplaint(ticket: string, username = 'dinsos.petugas'): Promise<void> {
  const { staff, csrf } = await staffSession(username)
  try {
    const verified = await staff.post(`/api/v1/staff/complaints/${ticket}/actions`, {
      data: { action: 'verify' },
      headers: { 'X-CSRF-Token': csrf },
    })
    expect(verified.status(), await verified.text()).toBe(200)
  } finally {
    await staff.dispose()
  }
}

// Every item of the super admin's inbox for `query` (e.g. 'status=diterima&category=sampah'):
// what the server holds, published or not.
export async function inboxItems(query: string): Promise<{ ticket: string; title: string }[]> {
  const { staff } = await staffSession('superadmin')
  try {
    const items: { ticket: string; title: string }[] = []
    let cursor = ''
    for (let page = 0; page < 50; page++) {
      const response = await staff.get(`/api/v1/inbox?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      expect(response.status(), await response.text()).toBe(200)
      const body = (await response.json()) as { items: { ticket: string; title: string }[]; next_cursor: string | null }
      items.push(...body.items)
      if (!body.next_cursor) return items
      cursor = body.next_cursor
    }
    throw new Error('the inbox does not end')
  } finally {
    await staff.dispose()
  }
}
