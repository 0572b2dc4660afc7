import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostArticle } from '@/components/PostArticle'
import { postMetadata } from '@/lib/metadata'
import { getPostByPath, getPostPaths } from '@/lib/posts'

type Props = { params: Promise<{ path: string[] }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getPostPaths().map((path) => ({ path }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostByPath((await params).path)
  if (!post) return {}
  return postMetadata(post)
}

export default async function PostPage({ params }: Props) {
  const post = getPostByPath((await params).path)
  if (!post) notFound()
  return <PostArticle post={post} />
}
