import type { AuthorProfile } from '@/lib/posts'
import { withBasePath } from '@/lib/urls/paths'

export function AuthorCard({ author }: { author: AuthorProfile }) {
  return (
    <header className="listing__header author-card">
      {author.avatar && (
        // Avatars are small, fixed-size and already sized by the author; no optimisation pipeline in a static export.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="author-card__avatar" src={withBasePath(author.avatar)} alt="" width={96} height={96} />
      )}
      <div>
        <h1>{author.name}</h1>
        {author.bio && <p className="lede">{author.bio}</p>}
        {author.links.length > 0 && (
          <ul className="author-card__links">
            {author.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener me">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  )
}
