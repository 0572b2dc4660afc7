import Link from 'next/link'
import { basePath, withBasePath } from '@/lib/paths'
import { site } from '@/lib/site'
import { SearchLauncher } from './search/SearchLauncher'
import { ThemeToggle } from './ThemeToggle'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-title">
          {site.title}
        </Link>
        <nav aria-label="Site" className="site-nav">
          <ul>
            <li>
              <Link href="/">Posts</Link>
            </li>
            <li>
              <Link href="/archive/">Archive</Link>
            </li>
            <li>
              <Link href="/tags/">Tags</Link>
            </li>
          </ul>
          <SearchLauncher basePath={basePath} searchHref={withBasePath('/search/')} />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  )
}
