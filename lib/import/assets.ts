/**
 * Site files a post references (images, attachments): root-relative paths, with or without a leading
 * `{{ site.baseurl }}` / `{{ site.url }}`, in Markdown links and images and in HTML `src`/`href`/`poster`.
 * Pages (`.html`, folders) are not assets; absolute URLs to other hosts are not the site's.
 */
export type AssetRef = { path: string; line: number }

const PREFIX = String.raw`(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)*`
const IN_MARKDOWN = new RegExp(String.raw`\]\(\s*<?${PREFIX}(\/[^)\s>"']+)`, 'g')
const IN_HTML = new RegExp(String.raw`\b(?:src|href|poster|data-src)\s*=\s*["']${PREFIX}(\/[^"'\s]+)["']`, 'gi')
const IN_REFERENCE = new RegExp(String.raw`^\s*\[[^\]]+\]:\s*<?${PREFIX}(\/\S+?)>?(?:\s|$)`, 'gm')

export function assetRefs(body: string): AssetRef[] {
  const refs = new Map<string, number>()
  for (const re of [IN_MARKDOWN, IN_HTML, IN_REFERENCE]) {
    for (const m of body.matchAll(re)) {
      const raw = (m[1] ?? '').split(/[?#]/)[0] ?? ''
      if (raw.startsWith('//') || !isFile(raw)) continue
      let path: string
      try {
        path = decodeURI(raw)
      } catch {
        path = raw
      }
      if (path.includes('{{') || path.includes('{%') || path.split('/').includes('..')) continue
      if (!refs.has(path)) refs.set(path, body.slice(0, m.index).split('\n').length)
    }
  }
  return [...refs.entries()].map(([path, line]) => ({ path, line }))
}

function isFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1)
  return /\.[A-Za-z0-9]{1,8}$/.test(last) && !/\.html?$/i.test(last)
}
