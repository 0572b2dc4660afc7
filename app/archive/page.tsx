import Link from 'next/link'
import { formatDate, isoDay } from '@/lib/jekyll/date'
import { pageMetadata } from '@/lib/metadata'
import { getArchive } from '@/lib/posts'
import { site } from '@/lib/site'
import { ListingHeader } from '@/components/ListingHeader'

export const metadata = pageMetadata({ title: 'Archive', description: 'Every post, by year.', path: '/archive/' })

export default function ArchivePage() {
  const years = getArchive()
  return (
    <div className="listing">
      <ListingHeader title="Archive" />
      {years.map(({ year, posts }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="archive-year">
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="archive-list">
            {posts.map((post) => (
              <li key={post.url}>
                <time dateTime={isoDay(new Date(post.date), site.timeZone)}>{formatDate(new Date(post.date), site.timeZone, site.language)}</time>{' '}
                <Link href={post.url}>{post.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
