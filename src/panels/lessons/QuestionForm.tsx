import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { grade, type Question, type Said } from '../../lessons'
import type { AnswerRecord } from '../../store/lessonSlice'
import { lessonRunOf } from '../../store/lessonSliceSteps'
import { selectPlaybackRun } from '../../store/playback/selectors'
import { selectSelection } from '../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'

/** One question: the form, then whether the engine agrees and why (from the run). */
export function QuestionForm({ stepId, question, textId }: { stepId: string; question: Question; textId: string }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const run = lessonRunOf(useAppStore(selectPlaybackRun))
  const record: AnswerRecord | undefined = useAppStore((s) => s.lesson?.answers[stepId])
  const [choice, setChoice] = useState('')
  const [value, setValue] = useState('')
  const name = useId()
  const feedbackRef = useRef<HTMLDivElement>(null)
  const labelOf = (id: string) => run?.resolved.nodes.find((n) => n.id === id)?.label ?? id

  const result = record && run ? grade(question, run, record.given) : null
  useEffect(() => {
    if (record) feedbackRef.current?.focus()
  }, [record])

  // "Click the node where…": a node selected on the canvas while the question is open is the answer.
  const selection = useAppStore(selectSelection)
  const asked = useRef(selection)
  useEffect(() => {
    if (question.kind !== 'node' || record || selection === asked.current) return
    const [nodeId] = selection.nodeIds
    if (selection.nodeIds.length === 1 && nodeId) store.getState().answerQuestion(stepId, { kind: 'node', nodeId })
  }, [selection, question.kind, record, stepId, store])

  const say = (s: Said) => t(s.key, s.params ?? {})
  const expectedText = (expected: string | number) => {
    if (question.kind === 'choice') {
      const o = question.options.find((x) => x.id === expected)
      return o ? t(o.labelKey) : String(expected)
    }
    if (question.kind === 'number') return `${expected} ${t(question.unitKey)}`
    return labelOf(String(expected))
  }

  if (record && result) {
    return (
      <div
        ref={feedbackRef}
        tabIndex={-1}
        className={`lesson-feedback lesson-feedback--${result.correct ? 'right' : 'wrong'}`}
        role="status"
        data-testid="lesson-feedback"
      >
        <p className="lesson-feedback__verdict">
          {result.correct ? t('lessons.player.right') : t('lessons.player.wrong')}
        </p>
        {!result.correct && <p>{t('lessons.player.engineAnswer', { answer: expectedText(result.expected) })}</p>}
        <p>{say(result.said)}</p>
      </div>
    )
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (question.kind === 'choice' && choice)
      store.getState().answerQuestion(stepId, { kind: 'choice', optionId: choice })
    if (question.kind === 'number' && value.trim() !== '')
      store.getState().answerQuestion(stepId, { kind: 'number', value: Number(value) })
  }

  if (question.kind === 'node') {
    return (
      <div className="lesson-question">
        <p className="lesson-question__hint">{t('lessons.player.clickNode')}</p>
        <div className="lesson-question__nodes" role="group" aria-labelledby={textId}>
          {(run?.resolved.nodes ?? [])
            .filter((n) => n.type !== 'vpc' && n.type !== 'account')
            .map((n) => (
              <button
                key={n.id}
                type="button"
                className="button"
                onClick={() => store.getState().answerQuestion(stepId, { kind: 'node', nodeId: n.id })}
              >
                {n.label}
              </button>
            ))}
        </div>
      </div>
    )
  }

  return (
    <form className="lesson-question" onSubmit={submit}>
      {question.kind === 'choice' ? (
        <fieldset className="lesson-question__choices" aria-labelledby={textId}>
          {question.options.map((o) => (
            <label key={o.id} className="lesson-question__choice">
              <input type="radio" name={name} value={o.id} checked={choice === o.id} onChange={() => setChoice(o.id)} />
              {t(o.labelKey)}
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="lesson-question__number">
          <span className="visually-hidden">{t('lessons.player.yourAnswer')}</span>
          <input
            className="input"
            type="number"
            inputMode="decimal"
            value={value}
            aria-describedby={textId}
            onChange={(e) => setValue(e.target.value)}
          />
          <span>{t(question.unitKey)}</span>
        </label>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={question.kind === 'choice' ? !choice : value.trim() === ''}
      >
        {t('lessons.player.answer')}
      </button>
    </form>
  )
}
