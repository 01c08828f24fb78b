// The other citizen pages, deep links served by the server, and the JavaScript budget.
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import { expect, expectAccessible, fileComplaint, screenshot, test, verifyComplaint } from './fixtures'

test('the directory lists call-center, WhatsApp and social links', async ({ page }) => {
  await page.goto('/direktori')
  await expect(page.getByRole('heading', { level: 1, name: 'Direktori unit layanan' })).toBeVisible()
  await page.getByLabel('Cari unit').fill('losarang')
  await page.getByLabel('Jenis unit').selectOption('kecamatan')
  const card = page.locator('li.unit').filter({ has: page.getByRole('heading', { name: 'Kecamatan Losarang' }) })
  await expect(card).toHaveCount(1)
  const tel = card.locator('a[href^="tel:"]').first()
  await expect(tel).toHaveAttribute('href', /^tel:\+62\d{8,13}$/)
  await expect(card.locator('a[href^="https://wa.me/"]')).toHaveAttribute('href', /^https:\/\/wa\.me\/62\d{8,13}$/)
  await expect(card.locator('a[href^="https://www.instagram.com/"]')).toHaveCount(1)
  await expectAccessible(page, 'the directory')
  await page.getByLabel('Cari unit').fill('')
  await page.getByLabel('Jenis unit').selectOption('')
  await expect(page.getByText(/^40 dari 430 unit$/)).toBeVisible()
  await page.getByRole('button', { name: 'Tampilkan lebih banyak' }).click()
  await expect(page.getByText(/^80 dari 430 unit$/)).toBeVisible()
  await screenshot(page, 'directory', false)
})

test('the lookup form opens a verified complaint; an unverified or confidential one needs its token', async ({ page, request }) => {
  const open = await fileComplaint(request, { category: 'parkir', description: 'Parkir liar di depan pasar Jatibarang' })
  await page.goto(`/lacak/${open.ticket}`)
  await expect(page.getByRole('alert')).toContainText('tidak ditemukan') // not verified yet
  // Not a dead end: another ticket, or back to the form.
  await expect(page.getByRole('link', { name: 'Cari nomor tiket lain' })).toHaveAttribute('href', '/lacak')
  await expect(page.getByRole('link', { name: 'Buat laporan baru' })).toHaveAttribute('href', '/')
  // Nothing is kept on this phone yet: no link to an empty "Laporan saya".
  await expect(page.getByRole('link', { name: 'Ke "Laporan saya"' })).toHaveCount(0)
  await expectAccessible(page, 'a tracking page that found nothing')
  await verifyComplaint(open.ticket, 'superadmin')
  const secret = await fileComplaint(request, {
    category: 'kependudukan',
    description: 'Petugas meminta uang untuk mengurus KK',
    confidential: true,
  })
  await page.goto('/lacak')
  await expectAccessible(page, 'the lookup page')
  await page.getByLabel('Nomor tiket').fill(open.ticket.toLowerCase())
  await page.getByRole('button', { name: 'Lihat laporan' }).click()
  await expect(page).toHaveURL(new RegExp(`/lacak/${open.ticket}$`))
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')
  // The deadline shown is the current step's, and says so.
  await expect(page.getByText('Tenggat tahap "Diverifikasi"')).toBeVisible()
  await expect(page.getByTestId('due')).toContainText('bukan tanggal masalah selesai ditangani')
  await expect(page.getByText('Target selesai')).toHaveCount(0)

  await page.goto(`/lacak/${secret.ticket}`)
  await expect(page.getByRole('alert')).toContainText('tidak ditemukan')
  await page.goto(`/lacak/${secret.ticket}?token=${secret.tracking_token}`)
  await expect(page.getByText('Laporan rahasia: hanya Anda')).toBeVisible()
  await expectAccessible(page, 'a confidential complaint')
})

test('deep links open the app; unknown API paths stay JSON 404s', async ({ page, request }) => {
  await page.goto('/halaman/yang/tidak/ada')
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible()
  await expectAccessible(page, 'the not-found page')
  const api = await request.get('/api/v1/tidak-ada')
  expect(api.status()).toBe(404)
  expect(api.headers()['content-type']).toContain('application/json')
  const html = await request.get('/petugas/aduan/2611-XXXXXX')
  expect(html.status()).toBe(200)
  expect(await html.text()).toContain('<html lang="id">')
})

test('the complaint form page loads at most 200 KB of compressed JavaScript, and no map, chart or staff code', async ({ page }, testInfo) => {
  const scripts: { url: string; gzip: number; brotli: number; leaflet: boolean }[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    const body = await response.body()
    scripts.push({
      url: response.url(),
      // As the build writes dist/**/*.gz and *.br (vite.config.ts).
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
      }).length,
      leaflet: body.includes('leafletjs.com'),
    })
  })
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Kirim laporan' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0)
  const brotli = scripts.reduce((sum, s) => sum + s.brotli, 0)
  const figures = `complaint form page JavaScript: ${scripts.length} files, brotli ${brotli} B, gzip ${gzip} B`
  testInfo.annotations.push({ type: 'js-size', description: figures })
  console.log(figures)
  expect(scripts.length).toBeGreaterThan(0)
  expect(gzip, scripts.map((s) => `${s.url} ${s.gzip}`).join('\n')).toBeLessThanOrEqual(200 * 1024)
  expect(brotli).toBeLessThan(gzip)
  expect(scripts.map((s) => s.url).join(' ')).not.toMatch(/MapPicker|InboxPage|ComplaintPage|IntakePage|LoginPage|DashboardPage|StatChart|ComplaintMap/)
  expect(scripts.filter((s) => s.leaflet)).toEqual([])
})

test('hashed assets are cached for a year and sent with brotli, else gzip, else as they are', async ({ page, request }) => {
  await page.goto('/')
  const src = await page.locator('script[type="module"]').first().getAttribute('src')
  expect(src).toMatch(/^\/assets\/index-[\w-]+\.js$/)
  const plain = await request.get(src!, { headers: { 'Accept-Encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  const cases: [string, string | undefined][] = [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
  ]
  for (const [accept, coding] of cases) {
    const response = await request.get(src!, { headers: { 'Accept-Encoding': accept } })
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toContain('max-age=31536000')
    expect(response.headers()['vary']).toBe('Accept-Encoding')
    expect(response.headers()['content-encoding'], accept).toBe(coding)
    // Playwright decodes the body: whichever variant came, it is the same script.
    expect((await response.body()).equals(await plain.body()), accept).toBe(true)
  }
})
