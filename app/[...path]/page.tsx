import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostArticle } from '@/components/PostArticle'
import { ChangesPage } from '@/components/preview/ChangesPage'
import { PostChanges } from '@/components/preview/PostChanges'
import { postMetadata } from '@/lib/metadata'
import { getPostByPath, getPostPaths } from '@/lib/posts'
import { changesPagePaths, getPreviewChanges, isChangesPage } from '@/lib/preview/read'

type Props = { params: Promise<{ path: string[] }> }

export const dynamicParams = false

export function generateStaticParams() {
  // A preview also has its "Changes in this preview" page here; production has no such page.
  return [...getPostPaths(), ...changesPagePaths()].map((path) => ({ path }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  if (isChangesPage(path)) return { title: 'Changes in this preview' }
  const post = getPostByPath(path)
  if (!post) return {}
  return postMetadata(post)
}

export default async function PostPage({ params }: Props) {
  const { path } = await params
  const changes = getPreviewChanges()
  if (changes && isChangesPage(path)) return <ChangesPage changes={changes} />
  const post = getPostByPath(path)
  if (!post) notFound()
  return (
    <>
      <PostChanges url={post.url} />
      <PostArticle post={post} />
    </>
  )
}
