// The leadership view's heat map: complaints filed with a point are counted by the server per
// cell of about 1 km; the Bupati sees the cells on the map (no tiles under test), the legend and
// the same figures as a table. A cell of fewer than three complaints never appears.
import { expect, expectAccessible, fileComplaint, login, screenshot, test } from './fixtures'

// A corner of Indramayu no other spec files complaints in.
const CELL = { lat: -6.21, lon: 108.05 }
const LONE = { lat: -6.29, lon: 107.95 }

test('the Bupati sees the heat map with its legend and table', async ({ page, request }) => {
  for (const [i, offset] of [0.001, -0.002, 0.003].entries()) {
    await fileComplaint(request, {
      category: 'infrastruktur.jalan_rusak',
      description: `Jalan desa berlubang dalam dekat jembatan, titik ${i + 1}`,
      location: { lat: CELL.lat + offset, lon: CELL.lon - offset },
      confidential: i === 2,
    })
  }
  await fileComplaint(request, {
    category: 'infrastruktur.jalan_rusak',
    description: 'Satu-satunya laporan di kotak ini, tidak boleh tampil',
    location: LONE,
  })

  await login(page, 'bupati')
  await page.goto('/petugas/eskalasi')
  const heatmap = page.getByTestId('heatmap')
  await expect(heatmap.getByRole('heading', { name: 'Peta sebaran aduan' })).toBeVisible()
  const table = heatmap.getByTestId('heatmap-table')
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: '-6.21, 108.05', exact: true }) })
  await expect(row.getByRole('cell').nth(1)).toHaveText('3')
  await expect(table.getByRole('cell', { name: '-6.29, 107.95', exact: true })).toHaveCount(0)
  // One coloured square per listed cell, drawn by Leaflet on the map (no tiles under test).
  const map = heatmap.getByTestId('heatmap-map')
  await expect(map).toHaveClass(/map-fallback/)
  const rows = await table.locator('tbody tr').count()
  await expect(map.locator('.leaflet-overlay-pane path')).toHaveCount(rows)
  await expect(heatmap.getByRole('list', { name: 'Keterangan warna' }).getByRole('listitem')).toHaveText([
    '3–4 aduan',
    '5–9 aduan',
    '10–19 aduan',
    '20–49 aduan',
    '≥ 50 aduan',
  ])
  await expect(heatmap.getByTestId('heatmap-summary')).toContainText('kurang dari 3 aduan')
  await expectAccessible(page, 'the leadership view with its heat map')
  await screenshot(page, 'leadership-heatmap')

  // A category filter: the roads cell disappears under Sosial.
  await heatmap.getByLabel('Kategori').selectOption({ label: 'Sosial' })
  await heatmap.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(heatmap.getByRole('cell', { name: '-6.21, 108.05', exact: true })).toHaveCount(0)
})

test("an officer's session cannot read the heat map", async ({ page }) => {
  await login(page, 'dinsos.petugas')
  const response = await page.request.get('/api/v1/leadership/heatmap')
  expect(response.status()).toBe(403)
  expect((await response.json()).error.code).toBe('forbidden')
})
