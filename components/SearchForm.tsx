import { withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'

/**
 * A plain form that opens /search/?q=… — no JavaScript of its own: the search page reads the query from
 * the URL. Used where a reader is lost (the 404 page).
 */
export function SearchForm({ label = 'Search the posts' }: { label?: string }) {
  return (
    <form role="search" action={withBasePath(routes.search())} method="get" className="search-form">
      <label htmlFor="search-form-query">{label}</label>
      <div className="search-form__row">
        <input id="search-form-query" type="search" name="q" required autoComplete="off" />
        <button type="submit">Search</button>
      </div>
    </form>
  )
}
