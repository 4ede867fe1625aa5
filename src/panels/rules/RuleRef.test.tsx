import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../i18n'
import { RuleRef } from './RuleRef'

afterEach(() => {
  initI18n('en')
})

describe('RuleRef', () => {
  it('is reached by Tab and opens in place: title, summary and the AWS page to read more', async () => {
    initI18n('en')
    const { container } = render(<RuleRef refMark="§2.1" />)
    const details = container.querySelector('details')!
    expect(details.open).toBe(false)
    await userEvent.tab()
    expect(document.activeElement?.textContent).toBe('§2.1')
    // jsdom does not open a <details> from the keyboard (browsers do); a click on the summary is the same activation.
    await userEvent.click(document.activeElement!)
    expect(details.open).toBe(true)
    expect(details.textContent).toContain('Asynchronous retries')
    expect(details.textContent).toContain('1 minute, then 2 minutes later')
    const link = screen.getByRole('link', { name: 'Read more about §2.1 in the AWS documentation (opens a new tab)' })
    expect(link.getAttribute('href')).toBe(
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    )
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.textContent).toBe('Read more (AWS)')
  })

  it('in Japanese: the Japanese summary and the ja_jp page', () => {
    initI18n('ja')
    expect(i18next.language).toBe('ja')
    const { container } = render(<RuleRef refMark="§3.2" />)
    expect(container.textContent).toContain('ストリームのエラーはシャードを止める')
    expect(container.querySelector('a')?.getAttribute('href')).toBe(
      'https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/kinesis-on-failure-destination.html',
    )
    expect(container.querySelector('a')?.textContent).toBe('詳しく（AWS）')
  })

  it('a mark without an in-app text stays plain text', () => {
    const { container } = render(<RuleRef refMark="§13.4" />)
    expect(container.innerHTML).toBe('<span class="rule-ref__plain">§13.4</span>')
  })
})
