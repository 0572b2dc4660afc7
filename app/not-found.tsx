import Link from 'next/link'
import { SearchForm } from '@/components/SearchForm'
import { routes } from '@/lib/urls/routes'

// Next marks the not-found page noindex itself.
export const metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="listing not-found">
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <SearchForm label="Search for what you were looking for" />
      <p>
        Or <Link href={routes.home()}>go to the latest posts</Link>, or <Link href={routes.tags()}>browse by tag</Link>.
      </p>
    </div>
  )
}
