import Link from 'next/link'
import { feedPaths } from '@/lib/feeds/build'
import { withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'
import { site } from '@/lib/site'
import { socialLinks } from '@/lib/site/social'

export function SiteFooter() {
  const feeds = feedPaths({ kind: 'site' })
  const social = socialLinks(site.social, withBasePath(feeds.rss))
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
          {/* With site.social.rss the feed is listed with the profiles below instead. */}
          {!site.social.rss && (
            <li>
              {/* Feeds are files, not pages: plain links, so the router does not try to render them. */}
              <a href={withBasePath(feeds.rss)}>RSS</a>
            </li>
          )}
          <li>
            <a href={withBasePath(feeds.atom)}>Atom</a>
          </li>
          <li>
            <a href={withBasePath(feeds.json)}>JSON Feed</a>
          </li>
        </ul>
      </nav>
      {social.length > 0 && (
        <ul className="site-footer__links site-footer__social" aria-label="Follow">
          {social.map((link) => (
            <li key={link.label}>
              <a href={link.href} rel={link.rel}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </footer>
  )
}
