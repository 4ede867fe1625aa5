import type { TFunction } from 'i18next'
import { formatNumber } from '../../i18n/formatNumber'
import { formatInUnit, naturalUnit, type DurationUnit } from './units'
import type { FieldSpec, FieldValue } from './fieldSpecs'

const isList = (v: FieldValue): v is readonly string[] => Array.isArray(v)

/** How a default or bound reads in the form: "3 s", "unlimited", "none", "128 MB", "Node.js". */
export function formatFieldValue(
  t: TFunction,
  locale: string,
  spec: FieldSpec,
  value: FieldValue,
  unit?: DurationUnit,
): string {
  if (value === null) return t('inspector.noDefault')
  if (isList(value))
    return value.length === 0 ? t('inspector.noDefault') : value.map((v) => optionLabel(t, v)).join(', ')
  if (typeof value === 'boolean') return value ? t('inspector.yes') : t('inspector.no')
  if (typeof value === 'number') {
    if (value === -1 && spec.minOverride === -1) return t('inspector.unlimited')
    if (spec.widget === 'duration') {
      const u = unit ?? naturalUnit(value, spec.units)
      return `${formatNumber(Number(formatInUnit(value, u)), locale)} ${t(`inspector.units.${u}`)}`
    }
    return spec.suffix
      ? `${formatNumber(value, locale)} ${t(`inspector.units.${spec.suffix}`)}`
      : formatNumber(value, locale)
  }
  return spec.widget === 'enum' ? optionLabel(t, value) : value
}

export function optionLabel(t: TFunction, option: string): string {
  // Traffic and fault options (permissions, poison responses) live with their area's strings.
  const own = t(`inputs.options.${option}` as 'inputs.options.throw', { defaultValue: option })
  return t(`inspector.options.${option}` as 'inspector.options.nodejs', { defaultValue: own })
}

/** A time as a summary reads it: in its natural unit, and 0 in seconds (as the inputs show it), not "0 ms". */
export function formatTime(t: TFunction, locale: string, ms: number): string {
  const unit = naturalUnit(ms > 0 ? ms : 1000, SUMMARY_UNITS)
  // A no-break space: "0 s" never splits over two lines.
  return `${formatNumber(Number(formatInUnit(ms, unit)), locale)}\u00a0${t(`inspector.units.${unit}`)}`
}
const SUMMARY_UNITS: readonly DurationUnit[] = ['ms', 's', 'min', 'h']
