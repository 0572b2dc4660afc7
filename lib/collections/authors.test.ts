import { describe, expect, it } from 'vitest'
import { authorSlug, listAuthors, type AuthorProfile, type AuthorRef } from './authors'

const ref = (name: string): AuthorRef => ({ name, slug: authorSlug(name) })
const post = (...names: string[]) => ({ authors: names.map(ref) })

const annProfile: AuthorProfile = {
  name: 'Ann Lee',
  slug: 'ann-lee',
  bio: 'Runs the platform team.',
  avatar: '/blog/authors/ann.png',
  links: [{ label: 'GitHub', url: 'https://github.com/ann' }],
}

describe('authorSlug', () => {
  it('folds case, space and punctuation', () => {
    expect(authorSlug(' Ann Lee ')).toBe('ann-lee')
    expect(authorSlug('Ann Lee')).toBe(authorSlug('ann lee'))
  })
})

describe('listAuthors', () => {
  it('counts the posts of each author, most posts first, then by name', () => {
    const posts = [post('Cy Ode'), post('Bo Chen', 'Cy Ode'), post('Ann Lee'), post('Bo Chen'), post('Cy Ode')]
    expect(listAuthors(posts, []).map((a) => [a.name, a.count])).toEqual([
      ['Cy Ode', 3],
      ['Bo Chen', 2],
      ['Ann Lee', 1],
    ])
    expect(listAuthors([post('Zed'), post('Abe')], []).map((a) => a.name)).toEqual(['Abe', 'Zed'])
  })

  it('merges the profile with the same slug into the author', () => {
    const [ann] = listAuthors([post('Ann Lee'), post('ann lee')], [annProfile])
    expect(ann).toEqual({ ...annProfile, count: 2 })
  })

  it('still lists an author without a profile, with no bio, avatar or links', () => {
    const authors = listAuthors([post('Ann Lee'), post('Bo Chen')], [annProfile])
    expect(authors.find((a) => a.slug === 'bo-chen')).toEqual({ name: 'Bo Chen', slug: 'bo-chen', bio: undefined, avatar: undefined, links: [], count: 1 })
  })

  it('leaves out a profile whose author wrote no post', () => {
    expect(listAuthors([post('Bo Chen')], [annProfile]).map((a) => a.slug)).toEqual(['bo-chen'])
    expect(listAuthors([], [annProfile])).toEqual([])
  })
})
