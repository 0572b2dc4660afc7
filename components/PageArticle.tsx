import { MathStyles } from './MathStyles'
import type { PageDetail } from '@/lib/posts'
import { PostHtml } from './PostHtml'

/** A stand-alone page (content/pages/): its title and body, no post furniture. */
export function PageArticle({ page }: { page: PageDetail }) {
  return (
    <article className="page">
      <header className="post__header">
        <h1>{page.title}</h1>
      </header>
      <MathStyles html={page.html} />
      <PostHtml className="post__body prose" html={page.html} />
    </article>
  )
}
