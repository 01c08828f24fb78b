// Shared test helpers: the server's URL as baseURL, accessibility checks, screenshots, and
// small API calls used to set up a scene.
import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
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
  const staff = await playwrightRequest.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
  try {
    const login = await staff.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } })
    expect(login.status(), await login.text()).toBe(200)
    const { csrf_token: csrf } = (await login.json()) as { csrf_token: string }
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
  const staff = await playwrightRequest.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
  try {
    const login = await staff.post('/api/v1/auth/login', { data: { username: 'superadmin', password: DEMO_PASSWORD } })
    expect(login.status(), await login.text()).toBe(200)
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
