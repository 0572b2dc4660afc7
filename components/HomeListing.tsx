import type { PostPage } from '@/lib/posts'
import { site } from '@/lib/site'
import { routes } from '@/lib/urls/routes'
import { ListingHeader } from './ListingHeader'
import { Pagination } from './Pagination'
import { PostList } from './PostList'

/** One page of the home listing: `/` is page 1, `/page/N/` the rest. */
export function HomeListing({ listing }: { listing: PostPage }) {
  return (
    <div className="listing">
      <ListingHeader
        title={listing.page === 1 ? site.title : `${site.title}: page ${listing.page}`}
        lede={listing.page === 1 ? site.description : undefined}
      />
      <PostList posts={listing.posts} />
      <Pagination page={listing.page} totalPages={listing.totalPages} href={routes.listing} />
    </div>
  )
}
