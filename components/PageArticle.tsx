import { MathStyles } from './MathStyles'
import type { PageDetail } from '@/lib/posts'

/** A stand-alone page (content/pages/): its title and body, no post furniture. */
export function PageArticle({ page }: { page: PageDetail }) {
  return (
    <article className="page">
      <header className="post__header">
        <h1>{page.title}</h1>
      </header>
      <MathStyles html={page.html} />
      <div className="post__body prose" dangerouslySetInnerHTML={{ __html: page.html }} />
    </article>
  )
}
