import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageArticle } from '@/components/PageArticle'
import { PostArticle } from '@/components/PostArticle'
import { ChangesPage } from '@/components/preview/ChangesPage'
import { PostChanges } from '@/components/preview/PostChanges'
import { pageMetadata, postMetadata } from '@/lib/site/metadata'
import { getPageByPath, getPages, getPostByPath, getPostPaths } from '@/lib/posts'
import { changesPagePaths, getPreviewChanges, isChangesPage } from '@/lib/preview/read'

type Props = { params: Promise<{ path: string[] }> }

export const dynamicParams = false

/** Posts at their permalinks, and the pages of content/pages/ at theirs. */
export function generateStaticParams() {
  const pagePaths = getPages().map((page) => page.url.split('/').filter(Boolean))
  // A preview also has its "Changes in this preview" page here; production has no such page.
  return [...getPostPaths(), ...pagePaths, ...changesPagePaths()].map((path) => ({ path }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  if (isChangesPage(path)) return { title: 'Changes in this preview' }
  const post = getPostByPath(path)
  if (post) return postMetadata(post)
  const page = getPageByPath(path)
  return page ? pageMetadata({ title: page.title, description: page.description, path: page.url }) : {}
}

export default async function PostPage({ params }: Props) {
  const { path } = await params
  const changes = getPreviewChanges()
  if (changes && isChangesPage(path)) return <ChangesPage changes={changes} />
  const post = getPostByPath(path)
  if (post) {
    return (
      <>
        <PostChanges url={post.url} />
        <PostArticle post={post} />
      </>
    )
  }
  const page = getPageByPath(path)
  if (!page) notFound()
  return <PageArticle page={page} />
}
