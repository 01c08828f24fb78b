// vue-i18n set-up: Bahasa Indonesia is bundled and the default; English is fetched the first
// time someone picks it. The chosen language is remembered and mirrored in <html lang>.
import { createI18n } from 'vue-i18n'
import id from './locales/id'
import type { Messages } from './locales/id'

export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]
const STORAGE_KEY = 'tanggap.locale'

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  messages: { id } as Record<Locale, Messages>,
})

export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

export async function setLocale(locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const messages = await import('./locales/en')
    i18n.global.setLocaleMessage(locale, messages.default)
  }
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // private mode: the choice lasts for this page only
  }
}
