import Link from 'next/link'
import { pageMetadata } from '@/lib/site/metadata'
import { getAuthors } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'
import { ListingHeader } from '@/components/ListingHeader'

export const metadata = pageMetadata({ title: 'Authors', description: 'Everyone who writes here.', path: routes.authors() })

export default function AuthorsPage() {
  return (
    <div className="listing">
      <ListingHeader title="Authors" />
      <ul className="author-list">
        {getAuthors().map((author) => (
          <li key={author.slug}>
            <Link href={routes.author(author.slug)}>{author.name}</Link>{' '}
            <span className="tag__count">
              {postCount(author.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
