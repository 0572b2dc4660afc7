import type { Metadata } from 'next'
import { Suspense } from 'react'
import { SearchPage } from '@/components/search/SearchPage'
import { pageMetadata } from '@/lib/site/metadata'
import { basePath, withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search every post.', path: routes.search() })

export default function Search() {
  return (
    <section className="search-page">
      <h1>Search</h1>
      <noscript>
        <p>Search runs in your browser and needs JavaScript. Browse the posts by <a href={withBasePath(routes.tags())}>tag</a> instead.</p>
      </noscript>
      {/* The query is read from the URL in the browser: the exported page is the same for every query. */}
      <Suspense fallback={null}>
        <SearchPage basePath={basePath} />
      </Suspense>
    </section>
  )
}
