import { createApp } from 'vue'
import App from './App.vue'
import { i18n, setLocale, storedLocale } from './i18n'
import { router } from './router'
import './styles/main.css'

const app = createApp(App).use(i18n).use(router)
const locale = storedLocale()
// English is a separate chunk: fetch it before the first paint when it was the last choice.
void (locale === 'id' ? Promise.resolve() : setLocale(locale).catch(() => undefined)).then(() =>
  app.mount('#app'),
)
