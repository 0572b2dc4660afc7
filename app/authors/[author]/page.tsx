import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorListing } from '@/components/AuthorListing'
import { pageMetadata } from '@/lib/metadata'
import { getAuthorPage, getAuthors } from '@/lib/posts'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ author: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getAuthorPage((await params).author, 1)
  if (!found) return {}
  return pageMetadata({ title: found.author.name, description: found.author.bio ?? `Posts by ${found.author.name}.`, path: routes.author(found.author.slug) })
}

export default async function AuthorPage({ params }: Props) {
  const found = getAuthorPage((await params).author, 1)
  if (!found) notFound()
  return <AuthorListing author={found.author} listing={found.listing} />
}
