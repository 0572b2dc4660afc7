import { CopyCodeButtons } from './CopyCodeButtons'
import { EditLink } from './EditLink'
import { PostComments } from './PostComments'
import { MathStyles } from './MathStyles'
import { blogPostingJsonLd } from '@/lib/site/metadata'
import type { PostDetail } from '@/lib/posts'
import { site } from '@/lib/site'
import { PostMeta } from './PostMeta'
import { PostNav } from './PostNav'
import { RelatedPosts } from './RelatedPosts'
import { SeriesBox } from './SeriesBox'
import { TableOfContents } from './TableOfContents'
import { PostHtml } from './PostHtml'

export function PostArticle({ post }: { post: PostDetail }) {
  const showToc = post.headings.length >= site.tocMinHeadings
  return (
    <article className={showToc ? 'post post--with-toc' : 'post'}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: blogPostingJsonLd(post) }} />
      <header className="post__header">
        <h1>{post.title}</h1>
        <PostMeta post={post} />
      </header>
      {post.series && <SeriesBox series={post.series} />}
      {showToc && <TableOfContents headings={post.headings} />}
      <MathStyles html={post.html} />
      <PostHtml className="post__body prose" html={post.html} />
      {post.html.includes('copy-button') && <CopyCodeButtons />}
      <EditLink sourcePath={post.sourcePath} />
      <RelatedPosts posts={post.related} />
      <PostNav previous={post.previous} next={post.next} />
      <PostComments url={post.commentsKey} enabled={post.comments} />
    </article>
  )
}
