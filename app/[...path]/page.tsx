import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageArticle } from '@/components/PageArticle'
import { PostArticle } from '@/components/PostArticle'
import { pageMetadata, postMetadata } from '@/lib/metadata'
import { getPageByPath, getPages, getPostByPath, getPostPaths } from '@/lib/posts'

type Props = { params: Promise<{ path: string[] }> }

export const dynamicParams = false

/** Posts at their permalinks, and the pages of content/pages/ at theirs. */
export function generateStaticParams() {
  const pagePaths = getPages().map((page) => page.url.split('/').filter(Boolean))
  return [...getPostPaths(), ...pagePaths].map((path) => ({ path }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  const post = getPostByPath(path)
  if (post) return postMetadata(post)
  const page = getPageByPath(path)
  return page ? pageMetadata({ title: page.title, description: page.description, path: page.url }) : {}
}

export default async function PostPage({ params }: Props) {
  const { path } = await params
  const post = getPostByPath(path)
  if (post) return <PostArticle post={post} />
  const page = getPageByPath(path)
  if (!page) notFound()
  return <PageArticle page={page} />
}
