import type { PostPage } from '@/lib/posts'
import { site } from '@/lib/site'
import { Pagination } from './Pagination'
import { PostList } from './PostList'

/** One page of the home listing: `/` is page 1, `/page/N/` the rest. */
export function HomeListing({ listing }: { listing: PostPage }) {
  return (
    <div className="listing">
      <header className="listing__header">
        <h1>{listing.page === 1 ? site.title : `${site.title}: page ${listing.page}`}</h1>
        {listing.page === 1 && <p className="lede">{site.description}</p>}
      </header>
      <PostList posts={listing.posts} />
      <Pagination page={listing.page} totalPages={listing.totalPages} />
    </div>
  )
}
