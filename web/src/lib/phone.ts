// Indonesian phone numbers as people write them ("0812-3456-789", "(0234) 296626",
// "+62 812 ...") turned into one form. Same rules as the server's domain::normalize_phone.

// "+62..." or null when the text is not a phone number.
export function normalizePhone(text: string): string | null {
  let digits = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c >= '0' && c <= '9') digits += c
    else if (c === '+' && i === 0) continue
    else if (!' -().'.includes(c)) return null
  }
  if (digits.startsWith('00')) digits = digits.slice(2)
  else if (digits.startsWith('0')) digits = `62${digits.slice(1)}`
  while (digits.startsWith('620')) digits = `62${digits.slice(3)}`
  if (!digits.startsWith('62') || digits.length < 9 || digits.length > 15) return null
  return `+${digits}`
}

// A tel: URI that dials from any phone, or null for text that is not a number.
export function telHref(text: string): string | null {
  const phone = normalizePhone(text)
  return phone ? `tel:${phone}` : null
}

// https://wa.me/<country code + number, digits only>, or null.
export function whatsappHref(text: string): string | null {
  const phone = normalizePhone(text)
  return phone ? `https://wa.me/${phone.slice(1)}` : null
}

const SOCIAL_BASE: Record<string, string> = {
  instagram: 'https://www.instagram.com/',
  facebook: 'https://www.facebook.com/',
  x: 'https://x.com/',
  twitter: 'https://x.com/',
  tiktok: 'https://www.tiktok.com/@',
  youtube: 'https://www.youtube.com/@',
}

export function socialHref(network: string, handle: string): string | null {
  const base = SOCIAL_BASE[network.toLowerCase()]
  const clean = handle.replace(/^@/, '').trim()
  if (!base || !/^[\w.\-]+$/.test(clean)) return null
  return base + clean
}
