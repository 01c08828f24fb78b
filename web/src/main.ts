import { createApp } from 'vue'
import App from './App.vue'
import { i18n, setLocale, storedLocale } from './i18n'
import { startOfflineQueue } from './offlineQueue'
import { router } from './router'
import './styles/main.css'
import { loadSettings } from './lib/settings'

const app = createApp(App).use(i18n).use(router)
const locale = storedLocale()
// English is a separate chunk: fetch it before the first paint when it was the last choice.
void (locale === 'id' ? Promise.resolve() : setLocale(locale).catch(() => undefined)).then(() =>
  app.mount('#app'),
)
// One request for what the server says of the installation: its time zone (WIB unless the
// server says WITA or WIT) and the limits the forms check and show; times and forms re-render
// if they differ from what was last heard.
void loadSettings()
// Complaints kept on the phone while offline are sent from any page once there is a signal.
startOfflineQueue()

// The service worker (dist/sw.js, built from src/sw.js) makes the portal installable and opens
// the complaint form with no connection. Production builds only; registered after the first load
// so it never competes with the page for a slow connection.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  })
}
