import { ref } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { isChunkLoadError } from './lib/offlinePage'
import ComplaintFormPage from './pages/ComplaintFormPage.vue'
import { ensureSession } from './staff/session'

// The complaint form is the landing page and ships in the first bundle; everything else loads
// when it is visited (the staff console never reaches a citizen's phone).
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'complaint-form', component: ComplaintFormPage, meta: { title: 'complaintForm.title' } },
  {
    path: '/lacak',
    name: 'track-lookup',
    component: () => import('./pages/TrackLookupPage.vue'),
    meta: { title: 'track.title' },
  },
  {
    path: '/lacak/:ticket',
    name: 'track',
    component: () => import('./pages/TrackPage.vue'),
    meta: { title: 'track.title' },
  },
  {
    path: '/aduan',
    name: 'public-list',
    component: () => import('./pages/PublicListPage.vue'),
    meta: { title: 'publicList.title' },
  },
  {
    // ECharts comes with this page only, never with the complaint form page.
    path: '/dasbor',
    name: 'dashboard',
    component: () => import('./pages/DashboardPage.vue'),
    meta: { title: 'dashboard.title', wide: true },
  },
  {
    path: '/direktori',
    name: 'directory',
    component: () => import('./pages/DirectoryPage.vue'),
    meta: { title: 'directory.title' },
  },
  {
    path: '/petugas/masuk',
    name: 'staff-login',
    component: () => import('./staff/LoginPage.vue'),
    meta: { title: 'staff.loginTitle' },
  },
  {
    path: '/petugas',
    name: 'staff-inbox',
    component: () => import('./staff/InboxPage.vue'),
    meta: { title: 'staff.inbox', staff: true },
  },
  {
    path: '/petugas/aduan/:ticket',
    name: 'staff-complaint',
    component: () => import('./staff/ComplaintPage.vue'),
    meta: { title: 'staff.detailTitle', staff: true },
  },
  {
    path: '/petugas/catat',
    name: 'staff-intake',
    component: () => import('./staff/IntakePage.vue'),
    meta: { title: 'staff.intake', staff: true, ownFocus: true },
  },
  {
    // The 112 line: an operator classes a call while the caller is on the line.
    path: '/petugas/112',
    name: 'emergency-line',
    component: () => import('./staff/EmergencyLinePage.vue'),
    meta: { title: 'emergencyLine.title', staff: true, ownFocus: true },
  },
  {
    // The leadership's view: complaints escalated to Diskominfo or to the Bupati.
    path: '/petugas/eskalasi',
    name: 'staff-escalations',
    component: () => import('./staff/EscalationsPage.vue'),
    meta: { title: 'escalation.title', staff: true },
  },
  {
    path: '/petugas/notifikasi',
    name: 'staff-notifications',
    component: () => import('./staff/NotificationsPage.vue'),
    meta: { title: 'notifications.title', staff: true },
  },
  {
    // The performance report draws an ECharts chart: that code loads with this page only.
    path: '/petugas/laporan',
    name: 'staff-reports',
    component: () => import('./staff/ReportsPage.vue'),
    meta: { title: 'reports.title', staff: true },
  },
  {
    // Chats with citizens (WhatsApp, Facebook, Instagram); the chosen thread is in the path.
    path: '/petugas/percakapan/:source?/:sender?',
    name: 'chats',
    component: () => import('./staff/ChatsPage.vue'),
    meta: { title: 'chats.title', staff: true, ownFocus: true },
  },
  {
    // The super admin's view of the outbox: dead letters first, queued again from here.
    path: '/petugas/pesan-keluar',
    name: 'outbox',
    component: () => import('./staff/OutboxPage.vue'),
    meta: { title: 'outbox.title', staff: true },
  },
  {
    // The audit log, for auditors and the super admin (the server refuses anyone else).
    path: '/petugas/audit',
    name: 'staff-audit',
    component: () => import('./staff/AuditPage.vue'),
    meta: { title: 'audit.title', staff: true },
  },
  {
    // The privacy officer's desk: a person's export and erasure, and the register of requests.
    path: '/petugas/privasi',
    name: 'staff-privacy',
    component: () => import('./staff/PrivacyPage.vue'),
    meta: { title: 'privacy.title', staff: true },
  },
  // The super admin's administration: accounts, units, categories and their routing, deadline
  // policies and holidays.
  {
    path: '/petugas/admin',
    redirect: '/petugas/admin/pengguna',
  },
  {
    path: '/petugas/admin/pengguna',
    name: 'admin-users',
    component: () => import('./staff/admin/AdminUsersPage.vue'),
    meta: { title: 'admin.userTitle', staff: true },
  },
  {
    path: '/petugas/admin/unit',
    name: 'admin-units',
    component: () => import('./staff/admin/AdminUnitsPage.vue'),
    meta: { title: 'admin.unitTitle', staff: true },
  },
  {
    path: '/petugas/admin/kategori',
    name: 'admin-categories',
    component: () => import('./staff/admin/AdminCategoriesPage.vue'),
    meta: { title: 'admin.categoryTitle', staff: true },
  },
  {
    // Deadline policies per step, and the units that use another policy for a category.
    path: '/petugas/admin/tenggat',
    name: 'admin-deadlines',
    component: () => import('./staff/admin/AdminDeadlinesPage.vue'),
    meta: { title: 'deadlineAdmin.title', staff: true },
  },
  {
    path: '/petugas/admin/hari-libur',
    name: 'admin-holidays',
    component: () => import('./staff/admin/AdminHolidaysPage.vue'),
    meta: { title: 'holidayAdmin.title', staff: true },
  },
  // English addresses for the same staff pages.
  { path: '/staff/admin', redirect: '/petugas/admin/pengguna' },
  { path: '/staff/admin/deadlines', redirect: '/petugas/admin/tenggat' },
  { path: '/staff/admin/holidays', redirect: '/petugas/admin/hari-libur' },
  { path: '/staff/escalations', redirect: '/petugas/eskalasi' },
  { path: '/staff/notifications', redirect: '/petugas/notifikasi' },
  { path: '/staff/chats', redirect: '/petugas/percakapan' },
  { path: '/staff/112', redirect: '/petugas/112' },
  { path: '/staff/outbox', redirect: (to) => ({ path: '/petugas/pesan-keluar', query: to.query }) },
  { path: '/staff/privacy', redirect: '/petugas/privasi' },
  { path: '/staff/audit', redirect: (to) => ({ path: '/petugas/audit', query: to.query }) },
  { path: '/staff/reports', redirect: (to) => ({ path: '/petugas/laporan', query: to.query }) },
  {
    path: '/:path(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'notFound.title' },
  },
]

export const router = createRouter({
  history: createWebHistory('/'),
  routes,
  // A new page starts at the top (or at its #part, such as "Laporan saya"); a filter change
  // (same path, new query) stays where it is.
  scrollBehavior: (to, from, saved) =>
    saved ?? (to.hash ? { el: to.hash } : to.path === from.path ? false : { top: 0 }),
})

router.beforeEach(async (to) => {
  if (!to.meta.staff) return true
  if (await ensureSession()) return true
  return { name: 'staff-login', query: { next: to.fullPath } }
})

// The address of a page that could not open because its code is not on the phone and there is
// no connection (App.vue says so in place of the page); null once a page opens.
export const unreachablePage = ref<string | null>(null)

router.onError((error, to) => {
  if (isChunkLoadError(error)) unreachablePage.value = to.fullPath
})
router.afterEach((_to, _from, failure) => {
  if (!failure) unreachablePage.value = null
})
