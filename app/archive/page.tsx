import Link from 'next/link'
import { ArchiveList } from '@/components/ArchiveYear'
import { ListingHeader } from '@/components/ListingHeader'
import { pageMetadata } from '@/lib/site/metadata'
import { getArchiveYears, getPostPage } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'

export const metadata = pageMetadata({ title: 'Archive', description: 'Every post, by year.', path: routes.archive() })

/** The years with their post counts, and the latest posts; each year's posts are on its own page. */
export default function ArchivePage() {
  const latest = getPostPage(1)?.posts ?? []
  return (
    <div className="listing">
      <ListingHeader title="Archive" />
      <section aria-labelledby="archive-years">
        <h2 id="archive-years">Years</h2>
        <ul className="archive-years">
          {getArchiveYears().map(({ year, count }) => (
            <li key={year}>
              <Link href={routes.archiveYear(year)}>{year}</Link> <span className="tag__count">{postCount(count)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="archive-latest" className="archive-year">
        <h2 id="archive-latest">Latest posts</h2>
        <ArchiveList posts={latest} />
      </section>
    </div>
  )
}
