import { feedPaths, type FeedScope } from '@/lib/feeds/build'
import { withBasePath } from '@/lib/urls/paths'

/** `<link rel="alternate">` for a scope's three feeds; React places them in the document head. */
export function FeedLinks({ scope, title }: { scope: FeedScope; title: string }) {
  const paths = feedPaths(scope)
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={withBasePath(paths.rss)} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={withBasePath(paths.atom)} />
      <link rel="alternate" type="application/feed+json" title={`${title} (JSON Feed)`} href={withBasePath(paths.json)} />
    </>
  )
}
