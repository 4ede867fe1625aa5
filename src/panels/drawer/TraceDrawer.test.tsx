import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { failingAsync, runResolved } from '../../sim/views/viewsTestkit'
import { TraceDrawerView } from './TraceDrawer'

const { result, scenario } = runResolved(failingAsync(true))

describe('TraceDrawerView', () => {
  it('is a tabs widget: arrow keys move between Log, Timeline and Metrics, one tab stop', async () => {
    const user = userEvent.setup()
    render(
      <TraceDrawerView
        result={result}
        scenario={scenario}
        nowMs={result.untilMs}
        selectedEventId={null}
        onSelect={() => {}}
      />,
    )
    const log = screen.getByRole('tab', { name: 'Log' })
    expect(log.getAttribute('aria-selected')).toBe('true')
    expect(screen.queryByRole('tabpanel')).toBeNull() // starts as a tab bar: the canvas keeps its room
    await user.click(log)
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(log.id)
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1])
    log.focus()
    await user.keyboard('{ArrowRight}')
    const timeline = screen.getByRole('tab', { name: 'Timeline' })
    expect(document.activeElement).toBe(timeline)
    expect(timeline.getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(timeline.id)
    // The tabs' contents are lazy chunks (drawerParts.ts): awaited.
    expect(await screen.findByText('Attempts per function, shard and queue', {}, { timeout: 10_000 })).toBeTruthy()
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Metrics' }).getAttribute('aria-selected')).toBe('true')
    expect((await screen.findByText('In DLQ', {}, { timeout: 10_000 })).nextElementSibling?.textContent).toBe('1')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true')
  })

  it('collapses and expands; selecting an event opens its statechart beside the tabs', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    const { rerender } = render(
      <TraceDrawerView result={result} scenario={scenario} nowMs={30_000} selectedEventId={null} onSelect={onSelect} />,
    )
    const toggle = screen.getByRole('button', { name: 'Expand the panels' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('tabpanel')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Collapse the panels' }))
    expect(screen.queryByRole('tabpanel')).toBeNull()
    rerender(
      <TraceDrawerView result={result} scenario={scenario} nowMs={30_000} selectedEventId="e1" onSelect={onSelect} />,
    )
    expect(screen.getByRole('button', { name: 'Collapse the panels' }).getAttribute('aria-expanded')).toBe('true')
    const sheet = screen.getByRole('complementary', { name: 'Statechart of e1' })
    await waitFor(() => expect(sheet.textContent).toContain('Now: Waiting'), { timeout: 10_000 })
    expect(sheet.textContent).toContain('Attempt 1 of 3')
    await user.click(screen.getByRole('button', { name: 'Close the statechart' }))
    expect(onSelect).toHaveBeenCalledWith(null)
  })

  it('says why nothing shows when the scenario has errors', async () => {
    render(<TraceDrawerView result={null} nowMs={0} selectedEventId={null} onSelect={() => {}} />)
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Metrics' }))
    expect(screen.getByText('Fix the scenario’s errors to see what happens.')).toBeTruthy()
  })
})
