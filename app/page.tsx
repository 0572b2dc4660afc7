import { notFound } from 'next/navigation'
import { HomeListing } from '@/components/HomeListing'
import { pageMetadata } from '@/lib/site/metadata'
import { getPostPage } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'

export const metadata = pageMetadata({ path: routes.home() })

export default function HomePage() {
  const listing = getPostPage(1)
  if (!listing) notFound()
  return <HomeListing listing={listing} />
}
