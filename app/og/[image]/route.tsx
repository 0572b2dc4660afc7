import { notFound } from 'next/navigation'
import { ImageResponse } from 'next/og'
import { ShareImage } from '@/components/ShareImage'
import { formatDate } from '@/lib/jekyll/date'
import { keyFromOgImage, OG_SIZE, ogImageKey } from '@/lib/og'
import { getPosts } from '@/lib/posts'
import { site } from '@/lib/site'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getPosts().map((post) => ({ image: `${ogImageKey(post.url)}.png` }))
}

/** A 1200×630 PNG per post (title, author, date, site name), rendered at build time: no server needed. */
export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const key = keyFromOgImage((await params).image)
  const post = getPosts().find((p) => ogImageKey(p.url) === key)
  if (!post) notFound()
  return new ImageResponse(
    <ShareImage
      // Satori fetches emoji images from a CDN at build time; the build must not need the network.
      title={post.title.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').trim()}
      byline={[post.authors.map((a) => a.name).join(', '), formatDate(new Date(post.date), site.timeZone, site.language)].filter(Boolean).join(' · ')}
      siteName={site.title}
    />,
    OG_SIZE,
  )
}
