/**
 * Post or page HTML (content, not code) in the one wrapper the CSP step knows it by: `data-post-html`
 * holds the HTML's length, so lib/build/csp/post-html.mjs measures where it ends instead of searching for
 * an end the HTML itself could forge. Every piece of content HTML a page shows goes through here.
 */
export function PostHtml({ className, html }: { className: string; html: string }) {
  return <div className={className} data-post-html={String(html.length)} dangerouslySetInnerHTML={{ __html: html }} />
}
