import Link from 'next/link'
import { pageMetadata } from '@/lib/metadata'
import { getAuthors } from '@/lib/posts'

export const metadata = pageMetadata({ title: 'Authors', description: 'Everyone who writes here.', path: '/authors/' })

export default function AuthorsPage() {
  return (
    <div className="listing">
      <header className="listing__header">
        <h1>Authors</h1>
      </header>
      <ul className="author-list">
        {getAuthors().map((author) => (
          <li key={author.slug}>
            <Link href={`/authors/${author.slug}/`}>{author.name}</Link>{' '}
            <span className="tag__count">
              {author.count} {author.count === 1 ? 'post' : 'posts'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
