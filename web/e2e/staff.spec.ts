// Staff console: sign-in, the guard, operator intake, and server refusals shown as they come.
import { expect, expectAccessible, fileComplaint, login, screenshot, test, verifyComplaint } from './fixtures'

test('staff pages need a session; a wrong password is refused', async ({ page }) => {
  await page.goto('/petugas')
  await expect(page).toHaveURL(/\/petugas\/masuk\?next=/)
  await expectAccessible(page, 'the login page')
  await page.getByLabel('Nama pengguna').fill('dinsos.petugas')
  await page.getByLabel('Kata sandi').fill('salah-sandi')
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByTestId('login-error')).toBeVisible()
  await expect(page.getByLabel('Kata sandi')).toHaveValue('')
  await screenshot(page, 'staff-login-error')

  await page.getByLabel('Kata sandi').fill('tanggap-demo')
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/petugas') // back where the guard stopped us
  await page.reload() // the session outlives a reload
  await expect(page.getByTestId('signed-in')).toContainText('Dinas Sosial')
  await page.getByRole('button', { name: 'Keluar' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/masuk' && !url.search)
  await page.goto('/petugas')
  await expect(page).toHaveURL(/\/petugas\/masuk\?next=/)
})

test('an operator takes a phone complaint', async ({ page }) => {
  await login(page, 'dinsos.operator')
  await page.getByRole('link', { name: 'Catat aduan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Catat aduan dari telepon atau pesan' })).toBeVisible()
  await expect(page.getByLabel('Kanal')).toBeFocused()
  await expect(page.getByLabel('Kanal')).toHaveValue('call_center')
  await expectAccessible(page, 'the intake form')

  // Keyboard first: Tab through the fields, Ctrl+Enter saves.
  await page.getByLabel('Nomor penelepon').fill('0857-2233-4455')
  await page.getByRole('combobox', { name: 'Kategori' }).fill('bansos')
  await page.keyboard.press('Enter')
  await page.getByLabel('Uraian').fill('Penelepon menanyakan BPNT bulan ini yang belum masuk ke KKS.')
  await page.getByLabel('Kecamatan').selectOption({ label: 'Losarang' })
  await screenshot(page, 'staff-intake')
  await page.getByLabel('Uraian').press('Control+Enter')
  const saved = page.getByTestId('intake-saved')
  await expect(saved).toContainText(/Aduan \d{4}-[A-Z0-9]+ tercatat dan diteruskan ke Dinas Sosial/)
  const ticket = /(\d{4}-[A-Z0-9]+)/.exec((await saved.textContent()) ?? '')?.[1] ?? ''

  await page.getByRole('link', { name: `Buka aduan ${ticket}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${ticket}` })).toBeVisible()
  await expect(page.getByText('Telepon (call center)')).toBeVisible()
  await expect(page.getByTestId('reporter')).toContainText('+6285722334455')
  // An operator may verify, respond, defer and note, nothing more; verifying comes first.
  await expect(page.getByLabel('Tindakan berikutnya').locator('option')).toHaveText(['Verifikasi', 'Kirim pesan', 'Catatan internal', 'Tunda, minta keterangan'])

  await page.getByRole('link', { name: 'Catat aduan' }).click()
  await page.getByRole('button', { name: 'Simpan aduan' }).click()
  await expect(page.locator('#description-error')).toBeVisible()
})

test('phone intake records the desa, a landmark and a map pin, and the complaint shows them', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await login(page, 'dinsos.operator')
  await page.getByRole('link', { name: 'Catat aduan' }).click()
  await page.getByLabel('Nomor penelepon').fill('0857-1100-2233')
  await page.getByRole('combobox', { name: 'Kategori' }).fill('bansos')
  await page.keyboard.press('Enter')
  await page.getByLabel('Uraian').fill('Penelepon melaporkan lansia di dekat balai desa belum menerima bantuan pangan.')
  // The same place block as the citizen's form, without "use my location": the operator's
  // device is not where the caller is.
  await page.getByLabel('Kecamatan').selectOption({ label: 'Losarang' })
  await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Desa Krimun' })
  await page.getByLabel('Alamat').fill('Dekat balai desa, RT 03')
  await expect(page.getByRole('button', { name: 'Gunakan lokasi saya' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Pilih titik di peta' }).click()
  const map = page.getByTestId('map')
  await expect(map).toBeVisible()
  await map.click({ position: { x: 120, y: 100 } })
  await expect(page.getByTestId('pinned')).toContainText('ditandai di peta')
  await expectAccessible(page, 'the intake form with a place and a pin')
  await screenshot(page, 'staff-intake-place')
  await page.getByLabel('Uraian').press('Control+Enter')
  const saved = page.getByTestId('intake-saved')
  await expect(saved).toContainText(/Aduan \d{4}-[A-Z0-9]+ tercatat/)
  const ticket = /(\d{4}-[A-Z0-9]+)/.exec((await saved.textContent()) ?? '')?.[1] ?? ''

  await page.getByRole('link', { name: `Buka aduan ${ticket}` }).click()
  await expect(page.getByTestId('location')).toHaveText('Dekat balai desa, RT 03, Desa Krimun, Kecamatan Losarang')
  await expect(page.getByTestId('map-point')).toHaveText(/^-?\d+\.\d{5}, -?\d+\.\d{5}$/)
  const view = await page.request.get(`/api/v1/staff/complaints/${ticket}`)
  const { location } = (await view.json()) as { location: { desa_code: string; lat: number | null; lon: number | null } }
  expect(location.desa_code).not.toBe('')
  expect(location.lat).not.toBeNull()
  expect(location.lon).not.toBeNull()

  // On a phone the facts stay inside their card: nothing runs off the side.
  await page.setViewportSize({ width: 360, height: 740 })
  await expect(page.getByTestId('location')).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  const card = await page.locator('.complaint-content').boundingBox()
  const facts = await page.locator('.complaint-content .facts').boundingBox()
  expect((facts?.x ?? 0) + (facts?.width ?? 0)).toBeLessThanOrEqual((card?.x ?? 0) + (card?.width ?? 0))
  await expectAccessible(page, 'the staff complaint page on a phone')
})

test("the officer's list: one-click views, and a find box that says what it takes", async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Bantuan PKH keluarga kami terhenti tanpa pemberitahuan',
    reporter: { phone: '0813-9988-7766' },
  })
  await login(page, 'dinsos.petugas')
  await expect(page.getByTestId('view-open')).toHaveAttribute('aria-current', 'page')

  await page.getByRole('link', { name: 'Menunggu verifikasi' }).click()
  await expect(page).toHaveURL(/tampilan=verifikasi/)
  await expect(page.getByTestId('view-verification')).toHaveAttribute('aria-current', 'page')
  await expect(page.locator(`tr[data-ticket="${receipt.ticket}"]`)).toBeVisible()
  const statuses = page.getByTestId('inbox').locator('tbody tr td:nth-child(3)')
  await expect(statuses.first()).toHaveText('Diterima')
  expect(new Set(await statuses.allTextContents())).toEqual(new Set(['Diterima']))
  await expectAccessible(page, 'the inbox in a saved view')

  await page.getByRole('link', { name: 'Eskalasi', exact: true }).click()
  await expect(page).toHaveURL(/tampilan=eskalasi/)
  await expect(page.locator(`tr[data-ticket="${receipt.ticket}"]`)).toHaveCount(0) // not escalated

  // Words: the box says what it takes instead of "not found".
  const box = page.getByLabel('Buka nomor tiket atau cari nomor telepon')
  await box.fill('jalan rusak')
  await box.press('Enter')
  await expect(page.getByTestId('find-problem')).toContainText('Kotak ini menerima nomor tiket')
  await expect(page).toHaveURL(/\/petugas\?/)
  // A phone number lists that caller's complaints.
  await box.fill('0813 9988 7766')
  await box.press('Enter')
  await expect(page.getByTestId('find-problem')).toHaveCount(0)
  await expect(page.getByTestId('caller-history-list')).toContainText(receipt.ticket)
  await expectAccessible(page, 'the inbox with a caller found by phone')
  await screenshot(page, 'staff-inbox-views', false)
  // A ticket, typed in lower case, opens it.
  await box.fill(receipt.ticket.toLowerCase())
  await box.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${receipt.ticket}` })).toBeVisible()
})

test('a complaint taken from an Instagram comment keeps the link to it', async ({ page }) => {
  await login(page, 'dinsos.operator')
  await page.getByRole('link', { name: 'Catat aduan' }).click()
  await expect(page.getByLabel('Tautan unggahan atau komentar sumber')).toHaveCount(0)
  await page.getByLabel('Kanal').selectOption('instagram')
  const link = 'https://www.instagram.com/p/C1x2y3z4/?comment_id=17890'
  await page.getByLabel('Tautan unggahan atau komentar sumber').fill(link)
  await page.getByRole('combobox', { name: 'Kategori' }).fill('bansos')
  await page.keyboard.press('Enter')
  await page.getByLabel('Uraian').fill('Komentar warga di Instagram: BPNT bulan ini belum masuk ke KKS.')
  await expectAccessible(page, 'the intake form with a source link')
  await page.getByLabel('Uraian').press('Control+Enter')
  const saved = page.getByTestId('intake-saved')
  await expect(saved).toContainText(/Aduan \d{4}-[A-Z0-9]+ tercatat/)
  const ticket = /(\d{4}-[A-Z0-9]+)/.exec((await saved.textContent()) ?? '')?.[1] ?? ''
  await page.getByRole('link', { name: `Buka aduan ${ticket}` }).click()
  await expect(page.getByTestId('source-url').getByRole('link', { name: link })).toHaveAttribute('href', link)
})

test('a refusal from the server (409) is shown, not hidden', async ({ page, request }) => {
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Nama saya hilang dari daftar penerima BLT desa',
  })
  await login(page, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Diterima')

  // Someone else verifies and starts it meanwhile; this page still shows "Diterima".
  const csrf = await page.evaluate(() => JSON.parse(sessionStorage.getItem('tanggap.staff-session') ?? '{}').csrf_token)
  for (const action of ['verify', 'start']) {
    const r = await page.request.post(`/api/v1/staff/complaints/${receipt.ticket}/actions`, {
      data: { action },
      headers: { 'X-CSRF-Token': csrf },
    })
    expect(r.status(), await r.text()).toBe(200)
  }

  await page.getByLabel('Tindakan berikutnya').selectOption({ label: 'Arsipkan' })
  await page.locator('.action-form').getByRole('button', { name: 'Arsipkan' }).click()
  const error = page.getByTestId('action-error')
  await expect(error).toContainText('tidak berlaku untuk aduan berstatus ditindaklanjuti')
  await expect(page.getByTestId('status')).toHaveText('Diterima') // unchanged until reloaded
  await expectAccessible(page, 'the refused action')
  await screenshot(page, 'staff-action-refused')
  await page.reload()
  await expect(page.getByTestId('status')).toHaveText('Ditindaklanjuti')
})

test("another unit's officer sees a verified complaint without action buttons", async ({ page, request }) => {
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Bantuan sembako tidak sampai ke RT kami',
  })
  await verifyComplaint(receipt.ticket)
  await login(page, 'pupr.petugas')
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')
  await expect(page.getByText('Aduan ini sekarang di unit Dinas Sosial')).toBeVisible()
  await expect(page.locator('.action-form')).toHaveCount(0)
  await expect(page.getByText('Data pelapor tidak dapat Anda lihat.')).toBeVisible()
  await expectAccessible(page, "another unit's complaint")
})

test('the unit corrects a wrong category and the deadline follows it', async ({ page, request }) => {
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Tanggul jebol semalam, air masuk ke rumah warga RT 03',
  })
  await login(page, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Diterima')

  await page.getByLabel('Tindakan berikutnya').selectOption({ label: 'Ubah kategori' })
  const form = page.locator('.action-form')
  await form.getByRole('button', { name: 'Ubah kategori' }).click()
  await expect(page.locator('#action-category-error')).toHaveText('Pilih kategori baru.')
  await expect(page.getByLabel('Kategori baru')).toBeFocused()
  await expectAccessible(page, 'the recategorize form with its error')

  await page.getByLabel('Kategori baru').selectOption({ label: 'Kebencanaan' })
  await form.getByRole('button', { name: /Tambah catatan internal/ }).click()
  await page.getByLabel(/Catatan internal/).fill('Banjir, bukan bansos.')
  await form.getByRole('button', { name: 'Ubah kategori' }).click()
  await expect(page.locator('#action-done')).toContainText('Ubah kategori')
  await expect(page.getByText('Kebencanaan', { exact: true })).toBeVisible()
  await expect(page.getByTestId('status')).toHaveText('Diterima')
  // An emergency is due ten minutes after it came in; the server says so in the staff view.
  const view = await page.request.get(`/api/v1/staff/complaints/${receipt.ticket}`)
  const body = await view.json()
  expect(body.category.code).toBe('kebencanaan')
  expect(Date.parse(body.due_at) - Date.parse(body.created_at)).toBe(10 * 60 * 1000)
})
