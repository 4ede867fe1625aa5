import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ReturnsEditor } from './ReturnsEditor'

describe('ReturnsEditor', () => {
  it('locates a JSON typo and keeps the text; applies valid JSON; example buttons fit the wiring', () => {
    const onCommit = vi.fn(() => [])
    render(<ReturnsEditor value={undefined} context={{ batch: true, api: false }} onCommit={onCommit} />)
    const box = screen.getByRole('textbox', { name: 'What the handler returns' })
    fireEvent.change(box, { target: { value: '{"kind": "value",\n "value": [1,}' } })
    expect(screen.getByRole('alert').textContent).toContain('line 2')
    expect(onCommit).not.toHaveBeenCalled()
    expect((box as HTMLTextAreaElement).value).toContain('[1,}')
    fireEvent.click(screen.getByRole('button', { name: 'Batch: unknown id' }))
    expect(onCommit).toHaveBeenLastCalledWith({
      kind: 'value',
      value: { batchItemFailures: [{ itemIdentifier: 'no-such-id' }] },
    })
    expect(screen.queryByRole('button', { name: 'API response 201' })).toBeNull()
    expect(screen.getByRole('status').textContent).toContain('Applied')
  })

  it('shows the model’s located refusal and says it was not applied', () => {
    const onCommit = vi.fn(() => [
      {
        path: 'nodes[0].config.returns.kind',
        code: 'schema.invalid_union',
        message: 'bad kind',
        severity: 'error' as const,
      },
    ])
    render(<ReturnsEditor value={undefined} context={{ batch: false, api: true }} onCommit={onCommit} />)
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '{"kind":"nope"}' } })
    expect(screen.getByRole('alert').textContent).toContain('Not applied')
    expect(screen.getByRole('button', { name: 'API response 201' })).toBeTruthy()
  })
})
