// The super admin's deadline settings: the policies and their limit per step, a unit's own policy
// for a category, and the holidays of a year. Every save says how many open complaints had their
// deadlines recounted; the server's field errors show at the row they name; both pages pass
// axe-core. What the spec changes it puts back, so the specs after it see the demo's deadlines.
import type { Page } from '@playwright/test'
import { expect, expectAccessible, login, screenshot, test } from './fixtures'

const RECOUNTED_SOME = /Tenggat [1-9]\d* aduan terbuka dihitung ulang\./

// The limit fields of one step in the policy dialog (a fieldset named after the step).
function step(page: Page, name: string) {
  const group = page.getByTestId('policy-dialog').getByRole('group', { name })
  return { amount: group.getByLabel('Jumlah'), unit: group.getByLabel('Satuan') }
}

test('the super admin edits deadline policies and a unit\'s own policy', async ({ page }) => {
  await login(page, 'superadmin')
  await page.getByRole('link', { name: 'Administrasi' }).click()
  await page.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Tenggat' }).click()
  await expect(page).toHaveURL(/\/petugas\/admin\/tenggat$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Kebijakan tenggat' })).toBeVisible()
  const sp4n = page.locator('tr[data-code="sp4n_lapor"]')
  await expect(sp4n.getByTestId('limits')).toContainText('Verifikasi & penerusan: 3 hari kerja')
  await expect(sp4n.getByTestId('limits')).toContainText('Penyelesaian: 60 hari kalender')
  await expect(sp4n).toContainText('Bantuan Sosial') // a category that uses it
  await expect(page.locator('tr[data-code="darurat"] [data-testid="limits"]')).toContainText('Tindak lanjut unit: 30 menit')
  // The fallbacks cannot be deleted.
  await expect(page.getByRole('button', { name: 'Hapus kebijakan sp4n_lapor' })).toHaveCount(0)
  await expectAccessible(page, 'the deadline policies page')

  await test.step('change a limit of the national policy and see the open complaints recounted', async () => {
    await page.getByRole('button', { name: 'Ubah kebijakan sp4n_lapor' }).click()
    const dialog = page.getByTestId('policy-dialog')
    await expect(dialog.getByRole('heading', { name: 'Ubah kebijakan sp4n_lapor' })).toBeVisible()
    await expect(dialog.getByLabel('Kode kebijakan')).toHaveCount(0) // the code is fixed
    await expect(step(page, 'Verifikasi & penerusan').amount).toHaveValue('3')
    await step(page, 'Verifikasi & penerusan').amount.fill('4')
    await expectAccessible(page, 'the policy form')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('admin-notice')).toContainText('Kebijakan sp4n_lapor tersimpan.')
    await expect(page.getByTestId('admin-notice')).toHaveText(RECOUNTED_SOME)
    await expect(page.getByRole('button', { name: 'Ubah kebijakan sp4n_lapor' })).toBeFocused()
    await page.reload()
    await expect(sp4n.getByTestId('limits')).toContainText('Verifikasi & penerusan: 4 hari kerja')

    // And back, so the other specs keep the demo's deadlines.
    await page.getByRole('button', { name: 'Ubah kebijakan sp4n_lapor' }).click()
    await step(page, 'Verifikasi & penerusan').amount.fill('3')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await expect(dialog).toBeHidden()
    await expect(sp4n.getByTestId('limits')).toContainText('Verifikasi & penerusan: 3 hari kerja')
  })

  await test.step('add a policy; the server\'s refusal shows at the step it names', async () => {
    await page.getByTestId('new-policy').click()
    const dialog = page.getByTestId('policy-dialog')
    await expect(dialog.getByLabel('Kode kebijakan')).toBeFocused()
    await dialog.getByLabel('Kode kebijakan').fill('uji_e2e')
    await step(page, 'Verifikasi & penerusan').amount.fill('2')
    // The unit's follow-up is left without a limit, so the resolution is the second step sent.
    await step(page, 'Penyelesaian').amount.fill('99999')
    await step(page, 'Penyelesaian').unit.selectOption({ label: 'hari kalender' })
    await step(page, 'Menunggu pelapor').amount.fill('')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await expect(step(page, 'Penyelesaian').amount).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.locator('#steps-resolution-amount-error')).toBeVisible()
    await expect(step(page, 'Verifikasi & penerusan').amount).not.toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page, 'the policy form with an error')
    await screenshot(page, 'admin-deadline-policy-form')

    await step(page, 'Penyelesaian').amount.fill('14')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('admin-notice')).toContainText('Kebijakan uji_e2e tersimpan.')
    const row = page.locator('tr[data-code="uji_e2e"]')
    await expect(row.getByTestId('limits')).toHaveText('Verifikasi & penerusan: 2 hari kerjaPenyelesaian: 14 hari kalender')
    await expect(row).toContainText('Belum dipakai kategori mana pun')
  })

  await test.step('give a unit its own policy for a category, then take it away', async () => {
    const form = page.getByTestId('override-form')
    await form.getByLabel('Unit', { exact: true }).selectOption({ label: 'Dinas Sosial (dinsos)' })
    await form.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Sosial (sosial)' })
    await form.getByLabel('Kebijakan', { exact: true }).selectOption('uji_e2e')
    await form.getByRole('button', { name: 'Tambah' }).click()
    await expect(page.getByTestId('admin-notice')).toContainText('Kebijakan khusus Dinas Sosial untuk Sosial tersimpan: uji_e2e.')
    const override = page.locator('tr[data-unit="dinsos"][data-category="sosial"]')
    await expect(override).toContainText('uji_e2e')
    await expect(page.locator('tr[data-code="uji_e2e"]')).toContainText('Kebijakan khusus Dinas Sosial untuk Sosial')
    await expectAccessible(page, 'the deadline policies page with a unit policy')

    // A policy in use cannot be deleted: the server's reason shows in the dialog.
    await page.getByRole('button', { name: 'Hapus kebijakan uji_e2e' }).click()
    const confirm = page.getByTestId('delete-policy-dialog')
    await expect(confirm.getByRole('heading', { name: 'Hapus kebijakan uji_e2e?' })).toBeVisible()
    await confirm.getByRole('button', { name: 'Hapus' }).click()
    await expect(confirm.getByRole('alert')).toContainText('Tidak terhapus:')
    await expect(page.locator('tr[data-code="uji_e2e"]')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(confirm).toBeHidden()

    await page.getByRole('button', { name: 'Hapus kebijakan khusus Dinas Sosial untuk Sosial' }).click()
    await expect(override).toHaveCount(0)
    await expect(page.getByTestId('admin-notice')).toHaveText('Kebijakan khusus Dinas Sosial untuk Sosial dihapus.')
    await page.reload()
    await expect(page.locator('tr[data-code="uji_e2e"]')).toHaveCount(1)
    await expect(override).toHaveCount(0)
  })

  await test.step('delete the policy once nothing uses it', async () => {
    await page.getByRole('button', { name: 'Hapus kebijakan uji_e2e' }).click()
    const confirm = page.getByTestId('delete-policy-dialog')
    await confirm.getByRole('button', { name: 'Hapus' }).click()
    await expect(confirm).toBeHidden()
    await expect(page.locator('tr[data-code="uji_e2e"]')).toHaveCount(0)
    await expect(page.getByTestId('admin-notice')).toHaveText('Kebijakan uji_e2e dihapus.')
    await expect(page.getByTestId('new-policy')).toBeFocused()
  })
})

test('the super admin adds a holiday for next year, with the bad date refused at its row', async ({ page, request }) => {
  const next = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date())) + 1
  await login(page, 'superadmin')
  await page.goto('/petugas/admin/tenggat')
  await page.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Hari libur' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hari libur dan cuti bersama' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: `Daftar tahun ${next - 1}` })).toBeVisible()
  await expectAccessible(page, 'the holidays page')

  const showNext = () =>
    Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/v1/holidays?year=${next}`)),
      page.getByRole('button', { name: String(next), exact: true }).click(),
    ])
  await showNext()
  await expect(page.getByRole('heading', { level: 2, name: `Daftar tahun ${next}` })).toBeVisible()
  await expect(page.getByRole('button', { name: String(next), exact: true })).toHaveAttribute('aria-pressed', 'true')
  const table = page.getByTestId('holidays')
  const names = () => table.locator('input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  const before = (await names()).length

  // Two new rows; the second one's date is in the wrong year.
  await page.getByTestId('add-holiday').click()
  await expect(page.getByLabel(`Tanggal, baris ${before + 1}`)).toBeFocused()
  await page.getByLabel(`Tanggal, baris ${before + 1}`).fill(`${next}-06-15`)
  await page.getByLabel(`Jenis, baris ${before + 1}`).selectOption({ label: 'Cuti bersama' })
  await page.getByLabel(`Nama, baris ${before + 1}`).fill('Cuti Bersama Uji E2E')
  await page.getByTestId('add-holiday').click()
  await page.getByLabel(`Tanggal, baris ${before + 2}`).fill(`${next - 1}-06-16`)
  await page.getByLabel(`Nama, baris ${before + 2}`).fill('Tanggal di tahun lain')
  await page.getByRole('button', { name: 'Simpan' }).click()
  const badDate = page.getByLabel(`Tanggal, baris ${before + 2}`)
  await expect(badDate).toHaveAttribute('aria-invalid', 'true')
  await expect(badDate).toBeFocused()
  const rowError = table.locator('tbody tr').nth(before + 1).getByTestId('row-error')
  await expect(rowError).toBeVisible()
  await expect(page.getByLabel(`Tanggal, baris ${before + 1}`)).not.toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'the holidays page with an error')
  await screenshot(page, 'admin-holidays-error')

  await page.getByRole('button', { name: `Hapus baris ${before + 2}` }).click()
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByTestId('admin-notice')).toContainText(`Hari libur tahun ${next} tersimpan (${before + 1} tanggal).`)
  await expect(page.getByTestId('admin-notice')).toContainText('dihitung ulang')

  await page.reload()
  await showNext()
  await expect.poll(names).toContain('Cuti Bersama Uji E2E')
  const listed = await request.get(`/api/v1/holidays?year=${next}`)
  expect(await listed.json()).toContainEqual({ date: `${next}-06-15`, kind: 'cuti_bersama', name: 'Cuti Bersama Uji E2E' })

  // A CSV file: a bad line is refused at the file field, naming the line; a good one replaces the year.
  const file = page.getByLabel('Berkas CSV')
  const csv = (lines: string[]) => ({ name: 'libur.csv', mimeType: 'text/csv', buffer: Buffer.from(['date,kind,name', ...lines].join('\n') + '\n') })
  const kept = ((await listed.json()) as { date: string; kind: string; name: string }[]).filter((h) => h.name !== 'Cuti Bersama Uji E2E')
  const keptLines = kept.map((h) => `${h.date},${h.kind},${h.name}`)
  await file.setInputFiles(csv([...keptLines, `${next}-06-15,cuti_bersama,Cuti Bersama Uji E2E`, `${next}-13-01,libur_nasional,Bulan salah`]))
  await page.getByRole('button', { name: 'Impor CSV' }).click()
  await expect(file).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#csv-error')).toContainText('Baris')
  await expect(file).toBeFocused()

  // The good file puts the year back as it was before this spec.
  await file.setInputFiles(csv(keptLines))
  await page.getByRole('button', { name: 'Impor CSV' }).click()
  await expect(page.getByTestId('admin-notice')).toContainText(`Hari libur tahun ${next} diimpor (${kept.length} tanggal).`)
  await expect(file).not.toHaveAttribute('aria-invalid', 'true')
  expect(await names()).not.toContain('Cuti Bersama Uji E2E')
})
