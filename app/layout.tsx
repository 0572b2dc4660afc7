import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { Analytics } from '@/components/Analytics'
import { FeedLinks } from '@/components/FeedLinks'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { ThemeScript } from '@/components/ThemeScript'
import { isPreview, siteUrl, withBasePath } from '@/lib/urls/paths'
import { site } from '@/lib/site'
import { themeVariables } from '@/lib/site/theme'
import './globals.css'

// A function, not a constant: under `npm run dev` an edit of site.json's title shows without a restart.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl),
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    // The site's favicon (content/site.json) or the engine's; the base path added here, as Next does not.
    icons: withBasePath(site.theme.favicon ?? '/icon.svg'),
    // Previews are for reviewers, not search engines; production leaves indexing to robots.txt.
    ...(isPreview ? { robots: { index: false } } : {}),
  }
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16171b' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before React hydrates. The site's colours and fonts, as custom
    // properties on the root, win over app/_styles/tokens.css's `:root` ones: no stylesheet of the team's to keep.
    <html lang={site.language} style={themeVariables(site.theme)} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <FeedLinks scope={{ kind: 'site' }} title={site.title} />
        <Analytics />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PreviewBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
