// Types of bench/corpus.mjs for the TypeScript that imports it (its tests); the generator itself stays plain JS.

export type GeneratedPost = {
  url: string
  title: string
  /** YYYY-MM-DD */
  date: string
  tags: string[]
  authors: string[]
  headings: { id: string; text: string }[]
  /** The post as a site shows it, for the search benchmarks. */
  html: string
  /** The same post as an author writes it, for the site's own builds. */
  markdown: string
}

export const CORPUS_DIR: string
export const SEED: number
export function random(seed: number): () => number
export function generatePosts(count: number, seed?: number): GeneratedPost[]
export function postFile(post: GeneratedPost): { name: string; text: string }
export function writeContentPosts(contentDir: string, count: number, seed?: number): void
export function pageHtml(post: GeneratedPost): string
export function corpusName(count: number, seed?: number): string
export function writeCorpus(count: number, seed?: number): string
