import { pageSuffix, type AuthorEntry, type PostPage } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'
import { AuthorCard } from './AuthorCard'
import { Pagination } from './Pagination'
import { PostList } from './PostList'

/** One page of an author's listing: `/authors/<author>/` is page 1, `/authors/<author>/page/N/` the rest. */
export function AuthorListing({ author, listing }: { author: AuthorEntry; listing: PostPage }) {
  return (
    <div className="listing">
      <AuthorCard author={author} />
      <h2 className="listing__subtitle">
        {postCount(author.count)}
        {pageSuffix(listing)}
      </h2>
      <PostList posts={listing.posts} headingLevel={3} />
      <Pagination page={listing.page} totalPages={listing.totalPages} href={(page) => routes.author(author.slug, page)} />
    </div>
  )
}
