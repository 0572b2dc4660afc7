import { slug } from 'github-slugger'

/** URL segment for a tag: case-insensitive, with `C++` and `C#` kept apart from `C`. */
export function tagSlug(name: string): string {
  const spelled = name.trim().toLowerCase().replace(/\+/g, ' plus ').replace(/#/g, ' sharp ')
  return slug(spelled).replace(/-+/g, '-').replace(/^-|-$/g, '')
}
