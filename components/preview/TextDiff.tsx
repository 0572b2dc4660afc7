import type { DiffBlock } from '@/lib/preview/word-diff'
import styles from './changes.module.css'

/**
 * The word diff of a post's rendered text: changed paragraphs with inserted words in `<ins>` and deleted
 * ones in `<del>`, each carrying hidden words for screen readers, which do not announce those elements;
 * unchanged paragraphs are counted, not repeated.
 */
export function TextDiff({ blocks }: { blocks: readonly DiffBlock[] }) {
  return (
    <div className={styles.diff}>
      {blocks.map((block, i) =>
        block.kind === 'same' ? (
          <p key={i} className={styles.unchanged}>
            … {block.count} unchanged {block.count === 1 ? 'paragraph' : 'paragraphs'} …
          </p>
        ) : (
          <p key={i}>
            {block.parts.map((part, j) => {
              const space = j > 0 ? ' ' : ''
              if (part.op === 'same') return <span key={j}>{space + part.text}</span>
              const Mark = part.op
              return (
                <span key={j}>
                  {space}
                  <Mark>
                    <span className="sr-only">{part.op === 'ins' ? '[added: ' : '[removed: '}</span>
                    {part.text}
                    <span className="sr-only">]</span>
                  </Mark>
                </span>
              )
            })}
          </p>
        ),
      )}
    </div>
  )
}
