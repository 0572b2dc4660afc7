import type { BrowserContext } from '@playwright/test'

/**
 * Local stand-ins for the third-party services the test builds switch on (test/site-features.json): the test serves
 * each provider's script itself, so no test ever reaches the network. Each stub marks the page when it
 * runs and makes the kind of request the real one makes (a page view sent, an iframe opened), so the
 * page's Content-Security-Policy is exercised exactly where the real service would need it.
 */
const PROVIDERS = /^https:\/\/(plausible\.io|cloud\.umami\.is|www\.googletagmanager\.com|[\w-]+\.google-analytics\.com|giscus\.app)\//

const mark = (name: string) => `document.documentElement.setAttribute('data-stub-${name}', 'ran');`

const SCRIPTS: Record<string, string> = {
  'https://plausible.io/js/script.js': `${mark('plausible')}fetch('https://plausible.io/api/event', { method: 'POST', body: '{}' })`,
  'https://cloud.umami.is/script.js': `${mark('umami')}fetch('https://cloud.umami.is/api/send', { method: 'POST', body: '{}' })`,
  'https://www.googletagmanager.com/gtag/js': `${mark('ga4')}fetch('https://region1.google-analytics.com/g/collect', { method: 'POST', body: '' })`,
  // giscus puts its iframe into the element with class "giscus".
  'https://giscus.app/client.js': `${mark('giscus')}{const frame=document.createElement('iframe');frame.title='Comments';frame.src='https://giscus.app/widget?stub=1';document.querySelector('.giscus').append(frame)}`,
}

export async function stubServices(context: BrowserContext): Promise<void> {
  await context.route(PROVIDERS, async (route) => {
    const url = new URL(route.request().url())
    const script = SCRIPTS[url.origin + url.pathname]
    const headers = { 'access-control-allow-origin': '*' }
    if (script !== undefined) return route.fulfill({ status: 200, contentType: 'text/javascript', headers, body: script })
    if (url.origin === 'https://giscus.app') return route.fulfill({ status: 200, contentType: 'text/html', headers, body: '<!doctype html><title>Comments</title><p>Comments (stub)</p>' })
    return route.fulfill({ status: 202, contentType: 'text/plain', headers, body: 'ok' })
  })
}
