import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { failingAsync, runResolved } from '../../sim/views/viewsTestkit'
import { EventLog } from './EventLog'

const { result, scenario } = runResolved(failingAsync(true))

function rows() {
  return screen.queryAllByRole('listitem').map((li) => li.textContent ?? '')
}

describe('EventLog', () => {
  it('shows only what has happened by now, narrated', () => {
    const { rerender } = render(
      <EventLog result={result} scenario={scenario} nowMs={-1} selectedEventId={null} onSelect={() => {}} />,
    )
    expect(screen.getByText('Nothing has happened yet. Press play.')).toBeTruthy()
    rerender(<EventLog result={result} scenario={scenario} nowMs={70_000} selectedEventId={null} onSelect={() => {}} />)
    expect(rows().some((r) => r.includes('Attempt 1 of 3 failed'))).toBe(true)
    expect(rows().some((r) => r.includes('Attempt 3 of 3'))).toBe(false)
  })

  it('filters by kind and by node', async () => {
    const user = userEvent.setup()
    render(
      <EventLog
        result={result}
        scenario={scenario}
        nowMs={result.untilMs}
        selectedEventId={null}
        onSelect={() => {}}
      />,
    )
    const all = rows().length
    await user.selectOptions(screen.getByLabelText('Show'), 'error')
    expect(rows()).toHaveLength(3)
    expect(rows().every((r) => r.includes('failed'))).toBe(true)
    await user.selectOptions(screen.getByLabelText('Show'), 'retry')
    expect(rows()).toHaveLength(2)
    await user.selectOptions(screen.getByLabelText('Show'), 'lost')
    expect(screen.getByText('No line matches the filter yet.')).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('Show'), 'all')
    await user.selectOptions(screen.getByLabelText('Node'), 'bucket')
    expect(rows().length).toBeGreaterThan(0)
    expect(rows().length).toBeLessThan(all)
    expect(screen.getByText(new RegExp(`of ${all} lines`))).toBeTruthy()
  })

  it('selects the event of a line, and unselects it on a second click', async () => {
    const onSelect = vi.fn()
    const user = userEvent.setup()
    const { rerender } = render(
      <EventLog
        result={result}
        scenario={scenario}
        nowMs={result.untilMs}
        selectedEventId={null}
        onSelect={onSelect}
      />,
    )
    const line = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Attempt 2 of 3 failed'))!
    await user.click(within(line).getByRole('button'))
    expect(onSelect).toHaveBeenLastCalledWith('e1')
    rerender(
      <EventLog result={result} scenario={scenario} nowMs={result.untilMs} selectedEventId="e1" onSelect={onSelect} />,
    )
    const pressed = screen.getAllByRole('button', { pressed: true })
    expect(pressed.length).toBeGreaterThan(3)
    fireEvent.click(pressed[0]!)
    expect(onSelect).toHaveBeenLastCalledWith(null)
  })

  it('renders only the rows in view of 10,000+ lines, narrated in steps', { timeout: 60_000 }, async () => {
    const big = runResolved({
      durationMs: 600_000,
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'fn', type: 'lambda', config: { durationMs: 20 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'every', everyMs: 200, untilMs: 600_000 }],
    })
    render(
      <EventLog
        result={big.result}
        scenario={big.scenario}
        nowMs={big.result.untilMs}
        selectedEventId={null}
        onSelect={() => {}}
      />,
    )
    const total = () => Number(/of (\d+) lines/.exec(document.body.textContent ?? '')![1])
    // Narrated in steps (issue #13: one long task per big run blocked the page): the first render has only a part.
    const first = total()
    await waitFor(() => expect(total()).toBeGreaterThan(10_000), { timeout: 30_000 })
    // A slice of NARRATE_BUDGET_MS per render: mounting (two renders) narrates far from all of it.
    expect(first).toBeLessThan(total() / 2)
    expect(screen.getAllByRole('listitem').length).toBeLessThan(60)
  })
})
