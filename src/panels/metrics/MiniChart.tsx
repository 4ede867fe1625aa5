const W = 180
const H = 44

/** A small chart: bars for counts (sum series), a step line for levels (gauges). Labelled for screen readers. */
export function MiniChart({
  values,
  total,
  kind,
  label,
  errorish,
}: {
  values: readonly number[]
  total: number
  kind: 'sum' | 'level'
  label: string
  errorish: boolean
}) {
  const max = Math.max(1, ...values)
  const bw = W / Math.max(1, total)
  const y = (v: number) => H - 2 - (v / max) * (H - 6)
  const cls = `minichart${errorish ? ' minichart--error' : ''}`
  if (kind === 'level') {
    let d = ''
    values.forEach((v, i) => {
      const top = y(v).toFixed(1)
      d += `${i === 0 ? 'M' : 'L'}${(i * bw).toFixed(1)},${top} L${((i + 1) * bw).toFixed(1)},${top} `
    })
    return (
      <svg className={cls} viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <line x1={0} x2={W} y1={H - 2} y2={H - 2} className="minichart__base" />
        <path d={d} className="minichart__line" />
      </svg>
    )
  }
  return (
    <svg className={cls} viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <line x1={0} x2={W} y1={H - 2} y2={H - 2} className="minichart__base" />
      {values.map((v, i) =>
        v > 0 ? (
          <rect
            key={i}
            x={i * bw}
            y={y(v)}
            width={Math.max(1, bw - 0.5)}
            height={H - 2 - y(v)}
            className="minichart__bar"
          />
        ) : null,
      )}
    </svg>
  )
}
