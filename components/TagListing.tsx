import { pageSuffix, type PostPage, type TagCount } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { site } from '@/lib/site'
import { postCount } from '@/lib/format/text'
import { FeedLinks } from './FeedLinks'
import { ListingHeader } from './ListingHeader'
import { Pagination } from './Pagination'
import { PostList } from './PostList'

/** One page of a tag's listing: `/tags/<tag>/` is page 1, `/tags/<tag>/page/N/` the rest. */
export function TagListing({ tag, listing }: { tag: TagCount; listing: PostPage }) {
  return (
    <div className="listing">
      <FeedLinks scope={{ kind: 'tag', name: tag.name, slug: tag.slug }} title={`${site.title}: #${tag.name}`} />
      <ListingHeader title={`Posts tagged #${tag.name}${pageSuffix(listing)}`} lede={postCount(tag.count)} />
      <PostList posts={listing.posts} />
      <Pagination page={listing.page} totalPages={listing.totalPages} href={(page) => routes.tag(tag.slug, page)} />
    </div>
  )
}
