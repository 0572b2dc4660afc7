/** `/a` → `/base/a`; absolute, protocol-relative, fragment and relative URLs are left alone. */
export function rebaseUrl(url: string, basePath: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url
  return basePath + url
}
