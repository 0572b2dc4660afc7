import Link from 'next/link'
import { basePath, withBasePath } from '@/lib/paths'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'
import { SearchLauncher } from './search/SearchLauncher'
import { ThemeToggle } from './ThemeToggle'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={routes.home()} className="site-title">
          {site.title}
        </Link>
        <nav aria-label="Site" className="site-nav">
          <ul>
            <li>
              <Link href={routes.home()}>Posts</Link>
            </li>
            <li>
              <Link href={routes.archive()}>Archive</Link>
            </li>
            <li>
              <Link href={routes.tags()}>Tags</Link>
            </li>
          </ul>
          <SearchLauncher basePath={basePath} searchHref={withBasePath(routes.search())} />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  )
}
