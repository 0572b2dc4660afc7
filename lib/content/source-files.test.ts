import { describe, expect, it } from 'vitest'
import { sourceFileProblems, type SourceFile } from './source-files'

const post = (path: string, text = '---\ntitle: A\n---\n\nBody\n'): SourceFile => ({ path, text: () => text })
const messages = (files: SourceFile[]) => sourceFileProblems(files).map((p) => p.message)

describe('post files before Contentlayer reads them', () => {
  it('passes ordinary names, non-Latin letters, & and parentheses, and ignores files that are not posts', () => {
    expect(messages([post('posts/2020-01-01-a.md'), post('posts/2020-01-02-B.md'), post('posts/2020/über-straße.md'), post('posts/2020-01-03-a&b(c).md'), post('posts/image.png')])).toEqual([])
  })

  it.each(['x.markdown', 'x.Markdown', 'x.MKD', 'x.mdown', 'x.html', 'x.MD', 'x.Md'])('passes %s, which the prepare step reads as Jekyll does', (name) => {
    expect(messages([post(`posts/2020-01-01-${name}`)])).toEqual([])
  })

  it('checks the names of posts under any of Jekyll\'s extensions', () => {
    expect(messages([post(`posts/it's.markdown`)])).toEqual([expect.stringContaining('cannot be part of a post\'s URL')])
  })

  it.each([`it's.md`, 'say"hi".md', 'a b.md', 'a\\b.md', 'a?b.md', 'a#b.md', '100%.md', 'a<b>.md', 'a`b.md', 'tab\t.md', 'a:b.md'])('refuses the name %j, naming the character', (name) => {
    const [message] = messages([post(`posts/${name}`)])
    expect(message).toMatch(/: field "\(file name\)": the name holds .*cannot be part of a post's URL\. Fix: rename/)
  })

  it('names both files of a case-only collision', () => {
    expect(messages([post('posts/2020-01-01-Post.md'), post('posts/2020-01-01-post.md')])).toEqual([
      'posts/2020-01-01-Post.md: field "(file name)": differs from posts/2020-01-01-post.md only in letter case, so the two share one URL on most hosts. Fix: rename one of them',
      'posts/2020-01-01-post.md: field "(file name)": differs from posts/2020-01-01-Post.md only in letter case, so the two share one URL on most hosts. Fix: rename one of them',
    ])
  })

  it('leaves line ends and the front-matter end to the prepare step, which reads CRLF and "..." as Jekyll does', () => {
    expect(messages([post('posts/a.md', '---\r\ntitle: A\r\n---\r\nBody\r\n'), post('posts/b.md', '---\ntitle: B\n...\nBody\n')])).toEqual([])
  })
})
