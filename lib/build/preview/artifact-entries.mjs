// @ts-check
/**
 * What a preview artifact holds, read before anything is unpacked: the entries of a zip (the artifact as
 * GitHub serves it) or a tar. The artifact is built by the pull request's own workflow, so it is untrusted:
 * publishing refuses any entry that is not a plain file or folder inside the site (`entryProblems`).
 *
 * @typedef {'file' | 'dir' | 'symlink' | 'hardlink' | 'other'} EntryType
 * @typedef {{ name: string, type: EntryType }} Entry
 */

/** @param {Buffer} zip @returns {Entry[]} */
export function zipEntries(zip) {
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  let end = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('not a zip archive: no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  /** @type {Entry[]} */
  const entries = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${n} is malformed`)
    const madeBy = zip.readUInt8(at + 5)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const external = zip.readUInt32LE(at + 38)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    entries.push({ name, type: zipType(name, madeBy, external) })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** @param {string} name @param {number} madeBy @param {number} external @returns {EntryType} */
function zipType(name, madeBy, external) {
  // 3: made on Unix, so the high 16 bits of the external attributes are the file mode.
  const mode = madeBy === 3 ? (external >>> 16) & 0o170000 : 0
  if (mode === 0o120000) return 'symlink'
  if (mode === 0o040000 || (mode === 0 && name.endsWith('/'))) return 'dir'
  if (mode === 0o100000 || mode === 0) return 'file'
  return 'other'
}

/** @param {Buffer} tar @returns {Entry[]} */
export function tarEntries(tar) {
  /** @type {Entry[]} */
  const entries = []
  /** @type {string | undefined} */
  let longName
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (/** @type {number} */ start, /** @type {number} */ length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    if (!Number.isFinite(size) || size < 0) throw new Error(`tar entry at byte ${at} has no readable size`)
    const body = tar.subarray(at + 512, at + 512 + size)
    const flag = field(156, 1)
    at += 512 + Math.ceil(size / 512) * 512
    if (flag === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '')
      continue
    }
    if (flag === 'x') {
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))
      if (path?.[1] !== undefined) longName = path[1]
      continue
    }
    if (flag === 'g') continue
    const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : ''
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    longName = undefined
    /** @type {Record<string, EntryType>} */
    const types = { '': 'file', 0: 'file', 7: 'file', 5: 'dir', 2: 'symlink', 1: 'hardlink' }
    entries.push({ name, type: types[flag] ?? 'other' })
  }
  return entries
}

/**
 * Why each unsafe entry is refused: a path that is absolute or climbs out (`..`), a Windows drive or
 * backslash, a `.git` folder (which would be unpacked into the publishing checkout), or anything but a
 * plain file or folder (links, devices).
 * @param {Entry[]} entries
 * @returns {string[]}
 */
export function entryProblems(entries) {
  /** @type {string[]} */
  const problems = []
  for (const { name, type } of entries) {
    const segments = name.replace(/\/$/, '').split('/')
    if (name === '' || name.includes('\0')) problems.push(`an entry has an empty or NUL-containing name`)
    else if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) problems.push(`${name}: absolute path`)
    else if (name.includes('\\')) problems.push(`${name}: backslash in path`)
    else if (segments.includes('..')) problems.push(`${name}: path leaves the site (..)`)
    else if (segments.some((segment) => segment.toLowerCase() === '.git')) problems.push(`${name}: .git folder`)
    if (type === 'symlink') problems.push(`${name}: symbolic link`)
    else if (type === 'hardlink') problems.push(`${name}: hard link`)
    else if (type === 'other') problems.push(`${name}: not a regular file or folder`)
  }
  return problems
}
