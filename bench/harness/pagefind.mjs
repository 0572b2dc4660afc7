// Pagefind's JS API as its own UI uses it: search, then each shown result's data() (its fragment:
// URL, title, excerpt). A result has no URL or title before data(), so both steps come before the
// first result can be shown. Copied as-is into engine.js.
const pagefind = await import('/pagefind/pagefind.js')
let last = []

export async function search(query) {
  const found = await pagefind.search(query)
  const data = await Promise.all(found.results.slice(0, 10).map((result) => result.data()))
  last = data.map((item) => ({ url: item.url, title: item.meta.title ?? item.url, excerpt: item.excerpt.replace(/<[^>]+>/g, '') }))
  return last
}

export async function snippets() {
  return last
}
