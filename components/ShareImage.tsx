/** The share card drawn by `next/og` (Satori): flexbox and inline styles only. */
export function ShareImage({ title, byline, siteName }: { title: string; byline: string; siteName: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#16171b',
        color: '#e6e4df',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#8bb8ff', letterSpacing: 2, textTransform: 'uppercase' }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: title.length > 60 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 32, color: '#a9acb4' }}>{byline}</div>
    </div>
  )
}
