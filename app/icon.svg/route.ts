export const dynamic = 'force-static'

/**
 * The engine's tab icon, served at /icon.svg. A route rather than Next's `app/icon.svg` file convention,
 * whose link would override the site's own `favicon` setting (content/site.json); app/layout.tsx links
 * whichever applies.
 */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57b8"/>' +
  '<path d="M11 25V7h6.5a5.5 5.5 0 0 1 0 11H11" fill="none" stroke="#fbfaf7" stroke-width="3.2" stroke-linejoin="round"/></svg>'

export function GET() {
  return new Response(ICON, { headers: { 'Content-Type': 'image/svg+xml' } })
}
