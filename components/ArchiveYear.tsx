import Link from 'next/link'
import { pageSuffix, type PostPage, type YearCount } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'
import { ListingHeader } from './ListingHeader'
import { Pagination } from './Pagination'
import { PostDate } from './PostDate'

/** One page of a year of the archive: date and title of each post, newest first. */
export function ArchiveYear({ year: { year, count }, listing }: { year: YearCount; listing: PostPage }) {
  return (
    <div className="listing">
      <ListingHeader title={`Posts from ${year}${pageSuffix(listing)}`} lede={<><Link href={routes.archive()}>Archive</Link> · {postCount(count)}</>} />
      <ArchiveList posts={listing.posts} />
      <Pagination page={listing.page} totalPages={listing.totalPages} href={(page) => routes.archiveYear(year, page)} />
    </div>
  )
}

/** Date and title of each post, one line each. */
export function ArchiveList({ posts }: { posts: PostPage['posts'] }) {
  return (
    <ul className="archive-list">
      {posts.map((post) => (
        <li key={post.url}>
          <PostDate date={post.date} /> <Link href={routes.post(post)}>{post.title}</Link>
        </li>
      ))}
    </ul>
  )
}
