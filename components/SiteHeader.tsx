import Link from 'next/link'
import { basePath, withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'
import { site } from '@/lib/site'
import { NavLink } from './nav/NavLink'
import { SearchLauncher } from './search/SearchLauncher'
import { ThemeToggle } from './ThemeToggle'

/** The header links: the built-in sections, then the pages the site config lists (`site.navigation`). */
const LINKS = [
  { href: routes.home(), label: 'Posts' },
  { href: routes.archive(), label: 'Archive' },
  { href: routes.tags(), label: 'Tags' },
  ...site.navigation,
]

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={routes.home()} className="site-title">
          {site.theme.logo !== undefined && (
            // A plain <img>: the export serves public/ as it is (no image optimiser), and the title beside it names the link.
            // eslint-disable-next-line @next/next/no-img-element
            <img className="site-title__logo" src={withBasePath(site.theme.logo)} alt="" />
          )}
          {site.title}
        </Link>
        <nav aria-label="Site" className="site-nav">
          <ul className="site-nav__links">
            {LINKS.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {/* Outside the nav, so the search dialog these render does not inherit the nav's link style. */}
        <div className="site-tools">
          <SearchLauncher basePath={basePath} searchHref={withBasePath(routes.search())} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  )
}
