import { decoded, urlSegments, writableInside } from './safe-path'
import { rebaseUrl } from './url'

/**
 * A static redirect page, as jekyll-redirect-from writes one, that works on every host and under a base
 * path: a meta refresh, a canonical link to the new address, and a plain link for anything that ignores both.
 */
export function redirectHtml(to: string, options: { basePath: string; siteUrl: string }): string {
  const external = /^[a-z]+:\/\//i.test(to)
  const href = external ? to : rebaseUrl(to, options.basePath)
  const canonical = external ? to : `${options.siteUrl.replace(/\/+$/, '')}${to}`
  const h = escapeAttribute(href)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting…</title>
<link rel="canonical" href="${escapeAttribute(canonical)}">
<meta http-equiv="refresh" content="0; url=${h}">
<meta name="robots" content="noindex">
</head>
<body>
<h1>Redirecting…</h1>
<a href="${h}">Click here if you are not redirected.</a>
</body>
</html>
`
}

/** Where a static export serves `url`: `a/b/` → `a/b/index.html`, `a/b.html` as it is, `a/b` → `a/b/index.html`. */
export function exportFileOf(url: string): string {
  const path = url.replace(/^\/+/, '')
  if (path === '' || path.endsWith('/')) return `${path}index.html`
  if (/\.html?$/i.test(path)) return path
  return `${path}/index.html`
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The file in `out` that serves `url`, by the one path rule (lib/urls/safe-path.ts): no `..`, escaped separator
 * or link can put it outside `out`, whatever the post store holds.
 */
export function exportTarget(out: string, url: string): string {
  return writableInside(out, urlSegments(exportFileOf(url)).map(decoded))
}
