// WhatsApp chats in the operator console and the outbox's dead letters. The spec plays Meta:
// it posts a signed webhook with a citizen's question; the super admin (who may use chats)
// reads it, replies inside the 24-hour window, files the chat as a complaint and sees the
// ticket. The server's Graph API address answers nothing (global-setup.ts), so every message
// to the citizen ends dead after its retries; the outbox page lists them and one is queued
// again. A phone-sized screen shows the list, then the thread alone.
import { createHmac } from 'node:crypto'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, expectAccessible, login, screenshot, test } from './fixtures'

const SENDER = '6281355550001'
const QUESTION = 'Konsultasi: bagaimana cara mengurus KTP?'
const REPLY = 'Silakan datang ke kantor Disdukcapil dengan membawa KK dan surat pengantar desa.'

test.describe.configure({ mode: 'serial' })

function webhook(messageId: string, text: string): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '62234', phone_number_id: '109876543210' },
              contacts: [{ profile: { name: 'Warga E2E' }, wa_id: SENDER }],
              messages: [
                {
                  from: SENDER,
                  id: messageId,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  })
}

async function postWebhook(request: APIRequestContext, body: string): Promise<void> {
  const secret = process.env.TANGGAP_E2E_WHATSAPP_SECRET
  if (!secret) throw new Error('TANGGAP_E2E_WHATSAPP_SECRET is not set: global setup did not run')
  const signature = createHmac('sha256', secret).update(body).digest('hex')
  const response = await request.post(`${process.env.TANGGAP_E2E_URL}/webhooks/whatsapp`, {
    data: body,
    headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': `sha256=${signature}` },
  })
  expect(response.status(), await response.text()).toBe(200)
}

// The webhook is handled after its 200: wait until the conversation is there.
async function waitForChat(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/api/v1/staff/chats')
        if (!response.ok()) return `HTTP ${response.status()}`
        const body = (await response.json()) as { items: { sender: string }[] }
        return body.items.some((c) => c.sender === SENDER) ? 'there' : 'missing'
      },
      { timeout: 30_000 },
    )
    .toBe('there')
}

let ticket = ''

test('the super admin answers a WhatsApp chat and files it as a complaint', async ({ page, request }) => {
  await postWebhook(request, webhook('wamid.e2e.1', QUESTION))
  await login(page, 'superadmin')
  await waitForChat(page)

  await page.getByRole('link', { name: 'Percakapan', exact: true }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/percakapan')
  await expect(page.getByRole('heading', { level: 1, name: 'Percakapan warga' })).toBeVisible()
  const item = page.locator(`[data-testid="chat-list"] li[data-sender="${SENDER}"]`)
  await expect(item).toContainText('Warga E2E')
  await expect(item).toContainText(`+${SENDER}`)
  await expect(item).toContainText('WhatsApp')
  await expect(item).toContainText(QUESTION)
  await expectAccessible(page, 'the chat list')

  await item.getByRole('link').click()
  await expect(page).toHaveURL((url) => url.pathname === `/petugas/percakapan/whatsapp/${SENDER}`)
  await expect(page.getByRole('heading', { level: 2, name: 'Percakapan dengan Warga E2E' })).toBeVisible()
  const log = page.getByRole('log')
  await expect(log).toContainText(QUESTION)
  await expect(page.getByTestId('chat-window')).toContainText(/Jendela 24 jam terbuka sampai .*\d\d\.\d\d WIB/)

  // A reply inside the window: it joins the log with its delivery state in words.
  await page.getByLabel('Balasan', { exact: true }).fill(REPLY)
  await page.getByRole('button', { name: 'Kirim balasan' }).click()
  await expect(page.getByText('Balasan masuk antrean kirim.')).toBeVisible()
  const sent = log.locator('li', { hasText: REPLY })
  await expect(sent).toBeVisible()
  await expect(sent.getByTestId('delivery')).toContainText(/Status: (Menunggu|Terkirim|Gagal)/)
  await expect(page.getByLabel('Balasan', { exact: true })).toHaveValue('')
  await expectAccessible(page, 'a chat thread')
  await screenshot(page, 'staff-chat-thread')

  // "Jadikan pengaduan": the description starts as the citizen's own words.
  await page.getByRole('button', { name: 'Jadikan pengaduan' }).click()
  const form = page.getByTestId('chat-complaint-form')
  await expect(form.getByLabel('Uraian')).toHaveValue(QUESTION)
  await form.getByLabel('Jenis laporan').selectOption('permintaan_informasi')
  const category = form.getByLabel('Kategori')
  await category.selectOption({ index: 1 })
  await form.getByLabel(/^Judul/).fill('Cara mengurus KTP')
  await form.getByLabel('Rahasiakan identitas pelapor dari publik').check()
  // The check box's whole label row is its target, 44 px tall at least.
  const target = await form.locator('label[for="chat-confidential"]').boundingBox()
  expect(target?.height ?? 0).toBeGreaterThanOrEqual(44)
  await expectAccessible(page, 'the chat complaint form')
  await form.getByRole('button', { name: 'Simpan sebagai pengaduan' }).click()

  const done = page.getByTestId('chat-ticket')
  await expect(done).toContainText(/Aduan \S+ tercatat dan diteruskan ke /)
  ticket = /Aduan (\S+) tercatat/.exec((await done.textContent()) ?? '')?.[1] ?? ''
  expect(ticket).not.toBe('')
  await expect(page.getByRole('button', { name: 'Jadikan pengaduan' })).toBeDisabled()
  const open = page.getByRole('link', { name: `Buka aduan ${ticket}` })
  await expect(open).toBeVisible()
  // The list marks the conversation with its ticket.
  await expect(item).toContainText(ticket)

  await open.click()
  await expect(page).toHaveURL((url) => url.pathname === `/petugas/aduan/${ticket}`)
  await expect(page.getByRole('main')).toContainText('Cara mengurus KTP')
})

test('the outbox lists the messages that could not be sent and queues one again', async ({ page }) => {
  await login(page, 'superadmin')
  // Every send to the citizen fails (nothing listens at the Graph API address) and, retried
  // from 20 ms doubling, is given up after 8 attempts.
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/api/v1/admin/outbox?state=dead&limit=200')
        if (!response.ok()) return -response.status()
        const body = (await response.json()) as { items: { recipient: string }[] }
        return body.items.filter((m) => m.recipient === SENDER).length
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBeGreaterThanOrEqual(2)

  await page.getByRole('link', { name: 'Pesan keluar' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/pesan-keluar')
  await expect(page.getByRole('heading', { level: 1, name: 'Pesan keluar' })).toBeVisible()
  await expect(page.getByLabel('Gagal terkirim', { exact: true })).toBeChecked()
  const rows = page.locator(`[data-testid="outbox"] tr[data-recipient="${SENDER}"]`)
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThanOrEqual(2)
  // The operator's reply and the receipt of the complaint filed from the chat both failed; which
  // was given up last (the list's order) depends on the retries' timing.
  const row = rows.filter({ hasText: 'Balasan operator' }).first()
  await expect(row.getByTestId('state')).toHaveText(/Gagal terkirim/)
  await expect(row).toContainText(/Failed to connect|Connection refused|connect/i)
  await expectAccessible(page, 'the outbox')
  await screenshot(page, 'staff-outbox')

  const id = await row.getAttribute('data-id')
  await row.getByRole('button', { name: `Kirim ulang pesan ${id} kepada ${SENDER}` }).click()
  await expect(page.getByTestId('outbox-notice')).toHaveText(`Pesan ${id} masuk antrean lagi. Status sekarang: Menunggu.`)
  await expect(page.locator(`[data-testid="outbox"] tr[data-id="${id}"]`).getByTestId('state')).toHaveText(/Menunggu/)
  await expect(page.locator(`[data-testid="outbox"] tr[data-id="${id}"]`).getByRole('button')).toHaveCount(0)

  // The other tabs are in the URL.
  await page.getByLabel('Menunggu', { exact: true }).check()
  await expect(page).toHaveURL(/[?&]status=pending$/)
  await page.getByLabel('Gagal terkirim', { exact: true }).check()
  await expect(page).toHaveURL((url) => url.search === '')

  // The chat shows what became of the reply, in words.
  await page.goto(`/petugas/percakapan/whatsapp/${SENDER}`)
  await expect(page.getByRole('log').locator('li', { hasText: REPLY }).getByTestId('delivery')).toContainText(/Status: (Gagal|Menunggu)/)
})

test('on a phone the list comes first, then the chosen thread alone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await login(page, 'superadmin')
  await page.goto('/petugas/percakapan')
  const item = page.locator(`[data-testid="chat-list"] li[data-sender="${SENDER}"]`)
  await expect(item).toBeVisible()
  await item.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Percakapan dengan Warga E2E' })).toBeVisible()
  await expect(page.getByTestId('chat-list')).toBeHidden()
  await expect(page.getByRole('log')).toContainText(QUESTION)
  await expectAccessible(page, 'a chat thread on a phone')
  await screenshot(page, 'staff-chat-phone')
  await page.getByRole('link', { name: 'Kembali ke daftar percakapan' }).click()
  await expect(page.getByTestId('chat-list')).toBeVisible()
})

test("officers see their unit's chats only, and no outbox", async ({ page }) => {
  await login(page, 'dinsos.petugas')
  // Chats are open to a unit's staff, scoped to the chats filed as complaints their unit holds
  // or held; the outbox stays the super admin's.
  await expect(page.getByRole('link', { name: 'Percakapan', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Pesan keluar' })).toHaveCount(0)
  const chats = await page.request.get('/api/v1/staff/chats')
  expect(chats.status(), await chats.text()).toBe(200)
  const { items } = (await chats.json()) as { items: { sender: string; complaint_ticket: string | null }[] }
  // SENDER's chat was filed (first test) under the form's first category, Administrasi
  // Kependudukan (Disdukcapil), not as Dinas Sosial's; a chat never filed is tied to no unit.
  expect(items.map((c) => c.sender)).not.toContain(SENDER)
  for (const chat of items) expect(chat.complaint_ticket).not.toBeNull()
  expect((await page.request.get(`/api/v1/staff/chats/whatsapp/${SENDER}`)).status()).toBe(404)
  expect((await page.request.get('/api/v1/admin/outbox')).status()).toBe(403)

  await page.getByRole('link', { name: 'Percakapan', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Percakapan warga' })).toBeVisible()
  await expect(page.locator(`[data-testid="chat-list"] li[data-sender="${SENDER}"]`)).toHaveCount(0)
})
