import type { TFunction } from 'i18next'
import { formatNumber } from '../../i18n/formatNumber'
import type { Fault } from '../../model'

/** A fault as people read it: its kind with its numbers where it has them ("Fail attempts 1–2"). */
export function faultTitle(t: TFunction, locale: string, fault: Fault): string {
  switch (fault.kind) {
    case 'failAttempts':
      return t('inputs.faults.titles.failAttempts', { from: fault.fromAttempt, to: fault.toAttempt })
    case 'failProbability':
      return t('inputs.faults.titles.failProbability', { p: formatNumber(fault.p, locale) })
    case 'failNext':
      return t('inputs.faults.titles.failNext', { count: fault.count })
    case 'throttle':
      return t('inputs.faults.titles.throttle', { cap: fault.reservedConcurrency })
    default:
      return t(`inputs.faults.kinds.${fault.kind}`)
  }
}
