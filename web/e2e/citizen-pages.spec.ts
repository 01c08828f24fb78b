// The citizen's pages on a phone (412x915), the smaller findings of issue 23: touch targets,
// words that fit the failure, no "0 dari 0", a public list that does not jump.
import { expect, expectAccessible, fileComplaint, test, verifyComplaint } from './fixtures'

test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true })

test('language buttons and check boxes are 44 px touch targets', async ({ page }) => {
  await page.goto('/')
  for (const name of ['Bahasa Indonesia', 'English']) {
    const box = await page.getByRole('button', { name }).boundingBox()
    expect(box!.height, name).toBeGreaterThanOrEqual(44)
  }
  for (const label of ['Anonim', 'Rahasia']) {
    const box = await page.locator('label', { hasText: new RegExp(`^${label}$`) }).boundingBox()
    expect(box!.height, label).toBeGreaterThanOrEqual(44)
  }
  // The header leaves the form its first screen.
  const header = await page.locator('.site-header').boundingBox()
  expect(header!.height).toBeLessThan(120)
})

test('categories that fail to load say why: a busy server is not a lost connection', async ({ page }) => {
  await page.route('**/api/v1/categories', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }))
  await page.goto('/')
  const error = page.getByTestId('categories-error')
  await expect(error).toContainText('Server sedang sibuk')
  await expect(error).not.toContainText('koneksi internet')

  await page.unroute('**/api/v1/categories')
  await page.route('**/api/v1/categories', (route) => route.abort('internetdisconnected'))
  await page.reload()
  await expect(page.getByTestId('categories-error')).toContainText('Periksa koneksi internet')
  await page.unroute('**/api/v1/categories')
  await page.getByTestId('categories-error').getByRole('button', { name: 'Coba lagi' }).click()
  await expect(page.getByTestId('categories-error')).toHaveCount(0)
})

test('an empty description asks for the problem, not for more characters', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Kirim laporan' }).click()
  await expect(page.locator('#description-error')).toHaveText('Ceritakan masalahnya: apa yang terjadi, di mana, dan sejak kapan.')
})

test('a directory search with no match says so, never "0 dari 0"', async ({ page }) => {
  await page.goto('/direktori')
  await page.getByLabel('Cari unit').fill('zzzz')
  await expect(page.getByRole('status')).toContainText('Tidak ada unit yang namanya cocok')
  await expect(page.getByText(/\b0 dari 0\b/)).toHaveCount(0)
  await page.getByLabel('Cari unit').fill('Dinas Sosial')
  await expect(page.getByRole('status')).toHaveText('1 unit')
  await expectAccessible(page, 'the directory with a search')
})

test('the public list keeps its layout while the map and the list arrive', async ({ page }) => {
  await page.addInitScript(() => {
    ;(window as unknown as { cls: number }).cls = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto('/aduan')
  await expect(page.getByTestId('complaint-map')).toBeVisible()
  await expect(page.getByTestId('public-list').locator('li').first()).toBeVisible()
  await page.waitForTimeout(1000)
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls)
  console.log(`CLS /aduan = ${cls.toFixed(3)}`)
  expect(cls).toBeLessThan(0.1)
})

test("a map popup's close button is inside the map and clear of the zoom buttons", async ({ page, request }) => {
  // Two points far apart, so the map fits them and puts one close to its top-left corner.
  for (const [lat, lon] of [[-6.1, 107.9], [-6.7, 108.7]]) {
    const { ticket } = await fileComplaint(request, {
      category: 'infrastruktur.lampu_jalan',
      description: `Lampu jalan mati di titik ${lat}, ${lon} sejak minggu lalu`,
      location: { lat, lon },
    })
    await verifyComplaint(ticket, 'superadmin')
  }
  await page.goto('/aduan?kategori=infrastruktur.lampu_jalan')
  const map = page.getByTestId('complaint-map')
  const markers = map.locator('.leaflet-marker-icon')
  await expect(markers).toHaveCount(2)
  await page.waitForTimeout(1000) // the map's fit to its points
  const corners = await markers.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => r.x + r.y))
  await markers.nth(corners.indexOf(Math.min(...corners))).dispatchEvent('click')
  const close = map.locator('.leaflet-popup-close-button')
  await expect(close).toBeVisible()
  await page.waitForTimeout(1000) // the pan that makes room
  const c = (await close.boundingBox())!
  const z = (await map.locator('.leaflet-control-zoom').boundingBox())!
  const m = (await map.boundingBox())!
  const where = `close ${JSON.stringify(c)} zoom ${JSON.stringify(z)} map ${JSON.stringify(m)}`
  expect(c.height, where).toBeGreaterThanOrEqual(24)
  expect(c.x >= m.x && c.y >= m.y && c.x + c.width <= m.x + m.width && c.y + c.height <= m.y + m.height, where).toBe(true)
  expect(c.x >= z.x + z.width || c.x + c.width <= z.x || c.y >= z.y + z.height || c.y + c.height <= z.y, where).toBe(true)
  await expectAccessible(page, 'the public list with a popup open')
})
