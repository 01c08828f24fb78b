// The audit log page: auditors and the super admin read who did what; the link is theirs only,
// and the server refuses anyone else.
import { expect, expectAccessible, fileComplaint, login, screenshot, test, verifyComplaint } from './fixtures'

test('an auditor finds the verification of a complaint in the audit log', async ({ page, request }) => {
  const { ticket } = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Nama saya hilang dari daftar penerima BLT desa',
  })
  await verifyComplaint(ticket) // by dinsos.petugas

  await login(page, 'auditor')
  await page.getByRole('link', { name: 'Log audit' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Log audit' })).toBeVisible()
  await expect(page.getByTestId('audit-log')).toBeVisible() // newest first, unfiltered

  await page.getByLabel('Nomor tiket').fill(ticket.toLowerCase())
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/audit' && url.searchParams.get('tiket') === ticket.toLowerCase())
  const row = page.locator('[data-testid="audit-log"] tbody tr[data-action="complaint.verify"]')
  await expect(row).toHaveCount(1)
  await expect(row.getByTestId('actor')).toHaveText('dinsos.petugas')
  await expect(row.getByTestId('action')).toHaveText('Verifikasi')
  await expect(row.getByRole('link', { name: ticket })).toHaveAttribute('href', `/petugas/aduan/${ticket}`)
  // Every row is about this complaint.
  for (const link of await page.locator('[data-testid="audit-log"] tbody tr td:nth-child(4)').all()) {
    await expect(link).toHaveText(ticket)
  }

  // The action filter, with readable labels, narrows it further.
  await page.getByLabel('Tindakan').selectOption({ label: 'Verifikasi' })
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('aksi') === 'complaint.verify')
  await expect(page.locator('[data-testid="audit-log"] tbody tr')).toHaveCount(1)
  await expectAccessible(page, 'the audit log')
  await screenshot(page, 'staff-audit-log')

  // A filter the server refuses (422) is marked at its field.
  await page.goto('/petugas/audit?dari=kemarin')
  await expect(page.locator('#audit-since-error')).toContainText('ISO 8601')
  await expect(page.getByLabel('Dari tanggal')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectAccessible(page, 'the audit log with a refused filter')
})

test('an officer has no link to the audit log, and the server refuses the page', async ({ page }) => {
  await login(page, 'dinsos.petugas')
  await expect(page.getByRole('navigation', { name: 'Konsol petugas' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Log audit' })).toHaveCount(0)
  await page.goto('/petugas/audit')
  // The refusal of the server's authorization table names the work refused.
  await expect(page.getByRole('alert')).toContainText('tidak dapat membaca log audit')
  await expect(page.getByTestId('audit-log')).toHaveCount(0)
})
