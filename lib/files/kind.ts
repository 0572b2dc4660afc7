import { statSync, type Stats } from 'node:fs'

/** Whether `path` is a regular file, through links; false for anything missing or unreadable. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Whether `path` is a folder, through links; false for anything missing or unreadable. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** What a non-regular file is, for a message naming it. */
export function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'named pipe (FIFO)'
  if (stat.isSocket()) return 'socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device'
  return 'special file'
}
