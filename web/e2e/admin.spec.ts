// The super admin's administration: accounts, units, categories and their routing. Each page
// passes axe-core; a user created here signs in; a category's new unit shows as its route.
import type { Locator } from '@playwright/test'
import { expect, expectAccessible, login, screenshot, test } from './fixtures'

// A unit or category combobox: type part of the name, pick the option.
async function choose(scope: Locator, label: string, typed: string, option: RegExp): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true })
  await box.fill(typed)
  await scope.getByRole('option', { name: option }).first().click()
}

test('the super admin creates a user, who can then sign in', async ({ page, browser }) => {
  await login(page, 'superadmin')
  await page.getByRole('link', { name: 'Administrasi' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pengguna dan peran' })).toBeVisible()
  await expect(page.getByTestId('users')).toContainText('dinsos.petugas')
  await expectAccessible(page, 'the users page')

  await page.getByLabel('Cari').fill('dinsos')
  await expect(page.getByTestId('users').locator('tbody tr')).not.toHaveCount(0)
  await expect(page.getByTestId('users')).not.toContainText('superadmin')
  await page.getByLabel('Cari').fill('')

  await page.getByTestId('new-user').click()
  const dialog = page.getByTestId('user-dialog')
  await expect(dialog.getByRole('heading', { name: 'Tambah pengguna' })).toBeVisible()
  await expect(dialog.getByLabel('Nama pengguna')).toBeFocused()
  // The server's refusal shows at its field.
  await dialog.getByLabel('Nama pengguna').fill('petugas.e2e')
  await dialog.getByLabel('Nama tampilan').fill('Petugas E2E')
  await dialog.getByLabel('Peran').selectOption('officer')
  // Hundreds of units: a searchable list by name, no codes shown.
  await choose(dialog, 'Unit', 'dinas sos', /^Dinas Sosial\b/)
  await expect(dialog.getByRole('combobox', { name: 'Unit', exact: true })).toHaveValue('Dinas Sosial')
  await dialog.getByLabel('E-mail').fill('bukan-email')
  await dialog.getByLabel('Kata sandi awal').fill('sandi-e2e-123')
  await dialog.getByRole('button', { name: 'Simpan' }).click()
  await expect(dialog.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.locator('#email-error')).toContainText('e-mail')
  await expectAccessible(page, 'the user form with an error')
  await screenshot(page, 'admin-user-form')

  // The error goes once the field is edited.
  await dialog.getByLabel('E-mail').fill('e2e@dinsos.example.go.id')
  await expect(dialog.locator('#email-error')).toHaveCount(0)
  await expect(dialog.getByLabel('E-mail')).not.toHaveAttribute('aria-invalid', 'true')
  await dialog.getByLabel('Nama tampilan').fill('')
  await dialog.getByRole('button', { name: 'Simpan' }).click()
  await expect(dialog.locator('#display_name-error')).toHaveText('Wajib diisi.')
  await dialog.getByLabel('Nama tampilan').fill('Petugas E2E')
  await expect(dialog.locator('#display_name-error')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Simpan' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('admin-notice')).toHaveText('Pengguna Petugas E2E tersimpan.')
  // Seen where the admin is, whatever the scroll.
  await expect(page.getByTestId('admin-toast')).toBeInViewport()
  await expect(page.getByTestId('admin-toast')).toContainText('Pengguna Petugas E2E tersimpan.')
  await expect(page.locator('tr[data-username="petugas.e2e"]')).toContainText('Dinas Sosial')
  await expect(page.getByTestId('new-user')).toBeFocused() // focus back where it was

  const context = await browser.newContext()
  const other = await context.newPage()
  await other.goto('/petugas/masuk')
  await other.getByLabel('Nama pengguna').fill('petugas.e2e')
  await other.getByLabel('Kata sandi').fill('sandi-e2e-123')
  await other.getByRole('button', { name: 'Masuk' }).click()
  await expect(other.getByTestId('signed-in')).toContainText('Petugas E2E')
  // Not a super admin: no administration link.
  await expect(other.getByRole('link', { name: 'Administrasi' })).toHaveCount(0)
  await context.close()
})

test('the units page lists units and opens a form with a label on every control', async ({ page }) => {
  await login(page, 'superadmin')
  await page.goto('/petugas/admin/unit')
  await expect(page.getByRole('heading', { level: 1, name: 'Unit' })).toBeVisible()
  await expect(page.getByTestId('units')).toContainText('Dinas Sosial')
  await page.getByLabel('Jenis unit').selectOption('kecamatan')
  await expect(page.getByTestId('units')).not.toContainText('Dinas Sosial')
  await expectAccessible(page, 'the units page')
  await page.getByLabel('Jenis unit').selectOption('')
  await page.getByRole('button', { name: 'Ubah Dinas Sosial' }).click()
  const dialog = page.getByTestId('unit-dialog')
  await expect(dialog.getByLabel('Kode', { exact: true })).toHaveValue('dinsos')
  await expect(dialog.getByLabel('Kode', { exact: true })).toHaveAttribute('readonly', '')
  await expectAccessible(page, 'the unit form')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('the super admin edits a category and sees where its complaints go', async ({ page, request }) => {
  await login(page, 'superadmin')
  await page.goto('/petugas/admin/kategori')
  await expect(page.getByRole('heading', { level: 1, name: 'Kategori dan rute aduan' })).toBeVisible()
  await expect(page.locator('tr[data-code="sosial.bansos"] [data-testid="route"]')).toHaveText('Dinas Sosial')
  await expectAccessible(page, 'the categories page')

  // A category of its own, so the other suites' routing stays as the demo has it.
  await page.getByTestId('new-category').click()
  const dialog = page.getByTestId('category-dialog')
  await dialog.getByLabel('Kode', { exact: true }).fill('sosial.e2e')
  await dialog.getByLabel('Nama', { exact: true }).fill('Uji E2E')
  await choose(dialog, 'Induk', 'sosial', /^Sosial$/)
  await choose(dialog, 'Unit penanggung jawab', 'dinas sos', /^Dinas Sosial\b/)
  await dialog.getByRole('button', { name: 'Simpan' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('tr[data-code="sosial.e2e"] [data-testid="route"]')).toHaveText('Dinas Sosial')

  await page.getByRole('button', { name: 'Ubah Uji E2E' }).click()
  await choose(dialog, 'Unit penanggung jawab', 'perempuan', /^Dinas Pemberdayaan Perempuan dan Perlindungan Anak\b/)
  // Policies by their limits, not their codes.
  const policy = dialog.getByLabel('Kebijakan tenggat')
  await expect(policy.locator('option[value="teknis_48"]')).toHaveText(/^Verifikasi & penerusan: /)
  await policy.selectOption('teknis_48')
  // Retention: the server's bound is shown at the field; a kept value comes back in the form.
  const retention = dialog.getByLabel('Masa retensi data pelapor (bulan setelah ditutup)')
  await retention.fill('0')
  await dialog.getByRole('button', { name: 'Simpan' }).click()
  await expect(dialog.getByText('Masa retensi harus 1 sampai 600 bulan')).toBeVisible()
  await retention.fill('120')
  await expectAccessible(page, 'the category form')
  await screenshot(page, 'admin-category-form')
  await dialog.getByRole('button', { name: 'Simpan' }).click()
  await expect(dialog).toBeHidden()
  const row = page.locator('tr[data-code="sosial.e2e"]')
  await expect(row.getByTestId('route')).toHaveText('Dinas Pemberdayaan Perempuan dan Perlindungan Anak')
  await expect(row.getByTestId('policy')).toHaveText(/^Verifikasi & penerusan: /)
  await expect(row).not.toContainText('teknis_48')
  await expect(page.getByTestId('admin-notice')).toContainText('aduan baru diteruskan ke Dinas Pemberdayaan')
  await page.getByRole('button', { name: 'Ubah Uji E2E' }).click()
  await expect(dialog.getByLabel('Masa retensi data pelapor (bulan setelah ditutup)')).toHaveValue('120')
  await dialog.getByRole('button', { name: 'Batal' }).click()

  // A new complaint in it goes there, with no restart.
  const filed = await request.post('/api/v1/complaints', {
    data: { kind: 'pengaduan', category: 'sosial.e2e', description: 'Uji rute kategori dari halaman administrasi.' },
  })
  expect(filed.status(), await filed.text()).toBe(201)
  expect(((await filed.json()) as { unit: { code: string } }).unit.code).toBe('dp3a')

  await page.getByLabel('Unit tujuan').selectOption({ label: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak' })
  await expect(page.getByTestId('categories').locator('tbody tr')).toHaveCount(1)
})
