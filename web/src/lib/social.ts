// Links to a unit's social media accounts from the directory's network name and handle. Phone
// numbers are not linked here: the server serves their tel: and wa.me links beside them.

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
