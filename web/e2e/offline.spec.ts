// The portal as an installable app on a phone with a flaky connection: the draft (photos too)
// survives a reload, a complaint sent with no signal waits on the phone and goes out exactly once
// when the signal returns, a refused one says why and can be fixed in the form, and the manifest and service worker are
// served by the built app, which then opens with no connection at all.
// The only spec that lets the service worker run (playwright.config.ts blocks it elsewhere).
import { devices, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { expect, expectAccessible, inboxItems, screenshot, test } from './fixtures'

const PHOTO = resolve(import.meta.dirname, '../../tests/fixtures/photo_with_exif.jpg')

const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7']
test.use({ ...phone, serviceWorkers: 'allow' })

async function chooseCategory(page: Page, query: string, option: RegExp) {
  const category = page.getByRole('combobox', { name: 'Kategori' })
  await category.fill(query)
  await page.getByRole('option', { name: option }).click()
}

// Sends a complaint with no signal, one field filled with what only the server refuses, and
// waits in "Laporan saya" until the signal is back and the server said why (`reason`).
async function queueRefused(
  page: Page,
  context: BrowserContext,
  description: string,
  field: { label: string; value: string },
  reason: string,
): Promise<Locator> {
  await page.goto('/')
  await chooseCategory(page, 'sampah', /Kebersihan/)
  await page.getByLabel('Uraian').fill(description)
  await page.getByLabel(field.label).fill(field.value)
  await context.setOffline(true)
  await page.getByRole('button', { name: 'Kirim laporan' }).click()
  const queue = page.getByTestId('complaint-queue')
  await expect(queue.getByTestId('queue-state')).toHaveText(['Menunggu sinyal'])
  await context.setOffline(false)
  await expect(queue.getByTestId('queue-state')).toHaveText(['Gagal'])
  await expect(queue).toContainText(`Ditolak server: ${reason}`)
  return queue
}

test('a half-written complaint with its photo is back after a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Aspirasi').check()
  await page.getByLabel('Uraian').fill('Usul: perbaiki saluran air di depan SD')
  await page.getByLabel('Kecamatan').selectOption({ label: 'Jatibarang' })
  await page.locator('#photo-input').setInputFiles(PHOTO)
  await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toBeVisible()
  await page.reload()

  await expect(page.getByText('Draf Anda dipulihkan.')).toBeVisible()
  await expect(page.getByLabel('Uraian')).toHaveValue('Usul: perbaiki saluran air di depan SD')
  await expect(page.getByLabel('Aspirasi')).toBeChecked()
  await expect(page.getByLabel('Kecamatan')).toHaveValue('32.12.13')
  await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toBeVisible()

  await page.getByRole('button', { name: 'Hapus draf' }).click()
  await expect(page.getByLabel('Uraian')).toHaveValue('')
  await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan laporan' })).toBeVisible()
  await expect(page.getByText('Draf Anda dipulihkan.')).toHaveCount(0)
  await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toHaveCount(0)
})

test('a complaint sent with no signal waits on the phone and is sent once when the signal returns', async ({
  page,
  context,
  request,
}) => {
  const marker = `Uji luring ${Date.now()}`
  const description = `${marker}: lampu penerangan jalan mati di depan balai desa sejak tiga hari.`
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/complaints') {
      posts.push(r.headers()['idempotency-key'] ?? '')
    }
  })

  await page.goto('/')
  await page.getByLabel('Pengaduan', { exact: true }).check()
  await chooseCategory(page, 'jalan rusak', /Jalan Rusak/)
  await page.getByLabel('Uraian').fill(description)
  await page.locator('#photo-input').setInputFiles(PHOTO)
  await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toBeVisible()
  await page.getByLabel('Kecamatan').selectOption({ label: 'Losarang' })

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Kirim laporan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan disimpan di ponsel ini' })).toBeFocused()
  await expect(page.getByTestId('queued')).toContainText('Belum terkirim — akan dikirim otomatis saat ada sinyal')
  const queue = page.getByTestId('complaint-queue')
  await expect(queue.getByRole('heading', { name: 'Laporan saya' })).toBeVisible()
  await expect(queue.getByTestId('queue-state')).toHaveText(['Menunggu sinyal'])
  await expect(queue).toContainText(marker)
  await expect(queue).toContainText('Tidak ada sinyal.')
  await expectAccessible(page, 'the complaint form page with a complaint waiting for a signal')
  await screenshot(page, 'offline-queued')
  // The form is empty again: what was typed now lives in the offline queue, not in the draft.
  await page.getByRole('button', { name: 'Buat laporan lain' }).click()
  await expect(page.getByLabel('Uraian')).toHaveValue('')
  await expect(page.getByTestId('queue-notice')).toContainText('Laporan yang belum terkirim: 1.')
  expect(posts).toEqual([])

  await context.setOffline(false)
  await expect(queue.getByTestId('queue-state')).toHaveText(['Terkirim'])
  const link = queue.getByTestId('queue-tracking-link')
  await expect(link).toBeVisible()
  await expect(queue).toContainText(/Nomor tiket \S+, diteruskan ke /)
  await expect(page.getByTestId('queue-notice')).toHaveCount(0)
  await expectAccessible(page, 'the complaint form page with a sent complaint in "Laporan saya"')
  await screenshot(page, 'offline-sent')

  const href = (await link.getAttribute('href')) ?? ''
  const url = new URL(href, 'http://x')
  const ticket = decodeURIComponent(url.pathname.split('/').pop() ?? '')
  const token = url.searchParams.get('token') ?? ''
  expect(ticket).not.toBe('')
  expect(token).not.toBe('')
  const complaint = await request.get(`/api/v1/complaints/${encodeURIComponent(ticket)}?token=${encodeURIComponent(token)}`)
  expect(complaint.status(), await complaint.text()).toBe(200)
  expect(JSON.stringify(await complaint.json())).toContain(marker)

  // Exactly one complaint carries the marker, and the page posted exactly once.
  expect(posts).toHaveLength(1)
  expect(posts[0]).toMatch(/^[0-9a-f-]{36}$/)
  // (Not yet verified, so not in the public list: the super admin's inbox holds it.)
  const items = await inboxItems('status=diterima')
  const mine = items.filter((i) => i.title.includes(marker))
  expect(mine.map((i) => i.ticket)).toEqual([ticket])

  // The receipt is still there after a reload (kept on the phone), and opens the tracking page.
  await page.reload()
  await expect(queue.getByTestId('queue-state')).toHaveText(['Terkirim'])
  await page.waitForTimeout(500) // a restart's sending pass must not post it again
  expect(posts).toHaveLength(1)
  await queue.getByTestId('queue-tracking-link').click()
  await expect(page.getByRole('heading', { level: 1, name: `Laporan ${ticket}` })).toBeVisible()
})

test('a queued complaint the server refuses says why and can be sent again', async ({ page, context }) => {
  let posts = 0
  page.on('requestfinished', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/complaints') posts += 1
  })
  // Passes the browser's light check, but the server wants a dot in the domain.
  const queue = await queueRefused(page, context, 'Sampah menumpuk di pinggir jalan raya sejak seminggu',
    { label: 'E-mail', value: 'warga@desa' }, 'Alamat e-mail tidak sah')
  await expect(queue.getByRole('button', { name: 'Kirim ulang' })).toBeVisible()
  await expectAccessible(page, 'the complaint form page with a refused complaint')
  await screenshot(page, 'offline-failed')
  expect(posts).toBe(1)

  // Sending again asks the server again (and it refuses again: the address is still wrong).
  await queue.getByRole('button', { name: 'Kirim ulang' }).click()
  await expect.poll(() => posts).toBe(2)
  await expect(queue.getByTestId('queue-state')).toHaveText(['Gagal'])

  page.once('dialog', (dialog) => void dialog.accept())
  await queue.getByRole('button', { name: 'Hapus laporan ini' }).click()
  await expect(page.getByTestId('complaint-queue')).toHaveCount(0)
})

test('a queued complaint refused for its phone number goes back to the form to be fixed and sent', async ({ page, context }) => {
  // Only the server checks phone numbers: offline the complaint is queued as written.
  const queue = await queueRefused(page, context, 'Sampah menumpuk di depan pasar sejak seminggu',
    { label: 'Nomor telepon/WhatsApp', value: 'nomor saya' }, 'Nomor telepon tidak sah')

  // "Fix": the complaint is back in the form, the server's message at its field and in the summary.
  await queue.getByRole('button', { name: 'Perbaiki laporan' }).click()
  await expect(page.getByTestId('complaint-queue')).toHaveCount(0)
  await expect(page.getByLabel('Uraian')).toHaveValue('Sampah menumpuk di depan pasar sejak seminggu')
  await expect(page.locator('#reporter-phone-error')).toHaveText('Nomor telepon tidak sah')
  await expect(page.getByTestId('error-summary')).toContainText('Nomor telepon tidak sah')
  await expectAccessible(page, 'a refused complaint back in the form')
  await page.getByLabel('Nomor telepon/WhatsApp').fill('0812 3456 7890')
  await page.getByRole('button', { name: 'Kirim laporan' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeVisible()
})

test.describe('with no service worker, so the test can cut the request', () => {
  test.use({ serviceWorkers: 'block' })

  test('a complaint whose sending breaks off is kept and sent again with the same key, once', async ({ page }) => {
    const marker = `Uji putus ${Date.now()}`
    const keys: string[] = []
    await page.route('**/api/v1/complaints', async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      keys.push(route.request().headers()['idempotency-key'] ?? '')
      // The first attempt loses its connection; the next goes through.
      return keys.length === 1 ? route.abort('internetdisconnected') : route.continue()
    })
    await page.goto('/')
    await chooseCategory(page, 'sampah', /Kebersihan/)
    await page.getByLabel('Uraian').fill(`${marker}: sampah menumpuk di pinggir jalan raya sejak seminggu`)
    await page.getByRole('button', { name: 'Kirim laporan' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Laporan disimpan di ponsel ini' })).toBeVisible()
    const queue = page.getByTestId('complaint-queue')
    await expect(queue.getByTestId('queue-state')).toHaveText(['Terkirim'])
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])
    const items = await inboxItems('status=diterima')
    expect(items.filter((i) => i.title.includes(marker))).toHaveLength(1)
  })
})

test('the built app is installable and opens with no connection', async ({ page, context, request }) => {
  const manifest = await request.get('/manifest.webmanifest')
  expect(manifest.status()).toBe(200)
  expect(manifest.headers()['content-type']).toContain('application/manifest+json')
  const body = JSON.parse(await manifest.text()) as {
    name: string
    lang: string
    start_url: string
    display: string
    icons: { src: string; sizes: string; type: string; purpose?: string }[]
  }
  expect(body).toMatchObject({ name: 'Tanggap', lang: 'id', start_url: '/', display: 'standalone' })
  expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  expect(body.icons.some((i) => i.purpose === 'maskable')).toBe(true)
  for (const icon of body.icons) {
    const png = await request.get(icon.src)
    expect(png.status(), icon.src).toBe(200)
    expect(png.headers()['content-type']).toBe('image/png')
  }

  await page.goto('/')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
  const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)
  expect(script).toMatch(/\/sw\.js$/)
  const cached = await page.evaluate(async () => {
    const names = await caches.keys()
    const shell = names.find((n) => n.startsWith('tanggap-'))
    return shell ? (await (await caches.open(shell)).keys()).map((r) => new URL(r.url).pathname) : []
  })
  expect(cached).toContain('/index.html')
  expect(cached.some((p) => p.startsWith('/api/'))).toBe(false)

  // No connection: the page and its code come from the service worker's cache.
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan laporan' })).toBeVisible()
  await context.setOffline(false)
  // API answers are never kept: after the visits above (categories, units) nothing under /api/ is cached.
  const apiCached = await page.evaluate(async () => {
    let count = 0
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) if (new URL(r.url).pathname.startsWith('/api/')) count += 1
    }
    return count
  })
  expect(apiCached).toBe(0)
})

test('after one visit to any page the portal pages open with no connection, and say what needs it', async ({ page, context }) => {
  // The first visit is not the complaint form page: installing the worker stores every portal page.
  await page.goto('/direktori')
  await expect(page.getByRole('heading', { level: 1, name: 'Direktori unit layanan' })).toBeVisible()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  const cached = await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('tanggap-'))
    return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : []
  })
  for (const chunk of ['TrackPage', 'TrackLookupPage', 'DirectoryPage', 'PublicListPage']) {
    expect(cached.some((p) => new RegExp(`^/assets/${chunk}-[\\w-]+\\.js$`).test(p)), chunk).toBe(true)
  }
  expect(cached.some((p) => /^\/assets\/(InboxPage|LoginPage)-/.test(p))).toBe(false)

  await context.setOffline(true)
  // The complaint form and "Laporan saya" (kept on the phone) work as online.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan laporan' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Kirim laporan' })).toBeEnabled()
  await page.goto('/lacak')
  await expect(page.getByRole('heading', { level: 1, name: 'Lacak laporan' })).toBeVisible()
  await expectAccessible(page, 'the tracking form offline')
  // Pages that read the server open and say in words that it cannot be reached.
  await page.goto('/lacak/2611-ABCDEF')
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan 2611-ABCDEF' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Tidak dapat menghubungi server' }).first()).toBeVisible()
  await page.goto('/direktori')
  await expect(page.getByRole('heading', { level: 1, name: 'Direktori unit layanan' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Periksa koneksi internet' }).first()).toBeVisible()
  await page.goto('/aduan')
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan publik' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Tidak dapat menghubungi server' }).first()).toBeVisible()
  await expectAccessible(page, 'the public list offline')
  await screenshot(page, 'offline-public-list')
  // A page that was never stored says so instead of staying blank.
  await page.goto('/petugas/masuk')
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman ini perlu koneksi internet' })).toBeVisible()
  await expect(page.getByTestId('page-offline')).toContainText('belum tersimpan di ponsel ini')
  await expectAccessible(page, 'a page that needs the network, offline')
  await screenshot(page, 'offline-page-not-stored')
  await context.setOffline(false)
  await page.getByRole('link', { name: 'Coba lagi' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk petugas' })).toBeVisible()
})
