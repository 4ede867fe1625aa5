import { memo } from 'react'
import type { MiniMapNodeProps } from '@xyflow/react'

/**
 * A node in the minimap, drawn as React Flow's own minimap node is, plus the node's id, so that a drag frame drawn
 * outside React (`DragPainter`) can move it with the node.
 */
export const MiniMapRect = memo(function MiniMapRect({
  id,
  x,
  y,
  width,
  height,
  style,
  color,
  strokeColor,
  strokeWidth,
  className,
  borderRadius,
  shapeRendering,
  selected,
  onClick,
}: MiniMapNodeProps) {
  const fill = color ?? (typeof style?.background === 'string' ? style.background : style?.backgroundColor)
  return (
    <rect
      className={`react-flow__minimap-node${selected ? ' selected' : ''}${className ? ` ${className}` : ''}`}
      data-minimap-node={id}
      x={x}
      y={y}
      rx={borderRadius}
      ry={borderRadius}
      width={width}
      height={height}
      style={{ fill, stroke: strokeColor, strokeWidth }}
      shapeRendering={shapeRendering}
      onClick={onClick ? (event) => onClick(event, id) : undefined}
    />
  )
})
