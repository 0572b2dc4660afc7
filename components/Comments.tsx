'use client'

import { useEffect, useRef } from 'react'

type Props = { src: string; attributes: Readonly<Record<string, string>> }

/** How far below the viewport the comments start loading, so they are there when the reader arrives. */
const AHEAD = '400px 0px'

/**
 * Loads the comments provider's script only when the reader scrolls near the comments: a reader who
 * stops at the article never contacts the provider. The provider's iframe follows the theme in force.
 */
export function Comments({ src, attributes }: Props) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        const script = document.createElement('script')
        script.src = src
        script.async = true
        script.crossOrigin = 'anonymous'
        for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
        script.setAttribute('data-theme', document.documentElement.dataset.theme ?? 'preferred_color_scheme')
        element.append(script)
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [src, attributes])
  return <div ref={box} className="giscus comments__frame" />
}
