/**
 * The comments loader, a file of the site's own (`routes.commentsLoader()`), linked only by pages that show
 * comments, so no other page carries any of it; no React, so it is not part of the post route's bundle.
 * It watches for comment slots (also those a client-side navigation adds) and, when the reader scrolls
 * within 400px of one, adds the provider's script with the slot's settings: a reader who stops at the
 * article never contacts the provider. The provider's iframe follows the theme in force.
 *
 * Served as its own source text (`commentsLoaderScript`), so it must not use anything outside its body.
 */
export function loadCommentsOnApproach(): void {
  const started = new WeakSet<Element>()
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        observer.unobserve(entry.target)
        const slot = entry.target
        const src = slot.getAttribute('data-comments-src')
        const settings: unknown = JSON.parse(slot.getAttribute('data-comments-settings') ?? '{}')
        if (!src || typeof settings !== 'object' || settings === null) continue
        const script = document.createElement('script')
        script.src = src
        script.async = true
        script.crossOrigin = 'anonymous'
        for (const [name, value] of Object.entries(settings)) if (typeof value === 'string') script.setAttribute(name, value)
        script.setAttribute('data-theme', document.documentElement.dataset.theme ?? 'preferred_color_scheme')
        slot.append(script)
      }
    },
    { rootMargin: '400px 0px' },
  )
  const watch = () => {
    for (const slot of document.querySelectorAll('[data-comments-src]')) {
      if (started.has(slot)) continue
      started.add(slot)
      observer.observe(slot)
    }
  }
  watch()
  new MutationObserver(watch).observe(document.body, { childList: true, subtree: true })
}

/** The loader as the file the browser runs. */
export function commentsLoaderScript(): string {
  return `(${loadCommentsOnApproach.toString()})();\n`
}
