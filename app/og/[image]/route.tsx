import { notFound } from 'next/navigation'
import { ImageResponse } from 'next/og'
import { ShareImage } from '@/components/ShareImage'
import { siteDate } from '@/lib/dates'
import { OG_SIZE } from '@/lib/og'
import { getPostByShareImage, getPosts } from '@/lib/posts'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getPosts().map((post) => ({ image: routes.shareImageFile(post.url) }))
}

/** A 1200×630 PNG per post (title, author, date, site name), rendered at build time: no server needed. */
export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const post = getPostByShareImage((await params).image)
  if (!post) notFound()
  return new ImageResponse(
    <ShareImage
      // Satori fetches emoji images from a CDN at build time; the build must not need the network.
      title={post.title.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').trim()}
      byline={[post.authors.map((a) => a.name).join(', '), siteDate(post.date).text].filter(Boolean).join(' · ')}
      siteName={site.title}
    />,
    OG_SIZE,
  )
}
