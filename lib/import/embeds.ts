/**
 * The third-party origins a post embeds, so the site's CSP and sanitiser let them through: iframes and
 * scripts with https sources, and the tags of embed plugins (gist, youtube, vimeo, tweets).
 */
const TAG_ORIGINS: Record<string, string[]> = {
  gist: ['https://gist.github.com'],
  youtube: ['https://www.youtube.com', 'https://www.youtube-nocookie.com'],
  vimeo: ['https://player.vimeo.com'],
  tweet: ['https://platform.twitter.com'],
  twitter: ['https://platform.twitter.com'],
  codepen: ['https://codepen.io'],
}

export function embedOrigins(body: string): string[] {
  const origins = new Set<string>()
  for (const m of body.matchAll(/<(?:iframe|script|embed|video|audio|source)\b[^>]*?\ssrc=["']?(https:)?\/\/([^/"'\s>]+)/gi)) {
    origins.add(`https://${(m[2] ?? '').toLowerCase()}`)
  }
  for (const m of body.matchAll(/\{%-?\s*([a-z_]+)/g)) for (const origin of TAG_ORIGINS[m[1] ?? ''] ?? []) origins.add(origin)
  if (/class=["'][^"']*twitter-tweet/.test(body)) origins.add('https://platform.twitter.com')
  return [...origins].filter((o) => /^https:\/\/[a-z0-9.-]+(?::\d+)?$/.test(o)).sort()
}
