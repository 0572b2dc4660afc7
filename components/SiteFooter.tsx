import Link from 'next/link'
import { withBasePath } from '@/lib/paths'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.title}: {site.description}
      </p>
      <nav aria-label="Elsewhere on this site">
        <ul className="site-footer__links">
          <li>
            <Link href={routes.authors()}>Authors</Link>
          </li>
          <li>
            {/* Feeds are files, not pages: plain links, so the router does not try to render them. */}
            <a href={withBasePath(routes.feed('rss'))}>RSS</a>
          </li>
          <li>
            <a href={withBasePath(routes.feed('atom'))}>Atom</a>
          </li>
          <li>
            <a href={withBasePath(routes.feed('json'))}>JSON Feed</a>
          </li>
        </ul>
      </nav>
    </footer>
  )
}
