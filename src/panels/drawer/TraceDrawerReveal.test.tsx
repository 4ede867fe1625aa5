import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { failingAsync, runResolved } from '../../sim/views/viewsTestkit'
import { TraceDrawerView } from './TraceDrawer'

const { result, scenario } = runResolved(failingAsync(true))

describe('TraceDrawerView reveal (a lesson step pointing at a shard lane or a log line)', () => {
  it('opens the collapsed drawer on the asked tab, once per key; the learner can still switch away', () => {
    const props = { result, scenario, nowMs: result.untilMs, selectedEventId: null, onSelect: () => {} }
    const { rerender } = render(<TraceDrawerView {...props} reveal={null} />)
    expect(screen.queryByRole('tabpanel')).toBeNull()
    rerender(<TraceDrawerView {...props} reveal={{ tab: 'timeline', key: 'outage' }} />)
    expect(screen.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('tabpanel')).toBeTruthy()
    screen.getByRole('tab', { name: 'Log' }).click()
    rerender(<TraceDrawerView {...props} reveal={{ tab: 'timeline', key: 'outage' }} />)
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true')
    rerender(<TraceDrawerView {...props} reveal={{ tab: 'timeline', key: 'catchUp' }} />)
    expect(screen.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true')
  })
})
