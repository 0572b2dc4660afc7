import Link from 'next/link'
import { pageMetadata } from '@/lib/metadata'
import { getArchive } from '@/lib/posts'
import { routes } from '@/lib/routes'
import { ListingHeader } from '@/components/ListingHeader'
import { PostDate } from '@/components/PostDate'

export const metadata = pageMetadata({ title: 'Archive', description: 'Every post, by year.', path: routes.archive() })

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
                <PostDate date={post.date} />{' '}
                <Link href={routes.post(post)}>{post.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
