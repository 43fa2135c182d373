import { formatProblem } from '../data/formatProblem'
import { useMessages } from '../state/selectors'
import { useAppState } from '../state/store'

/** A visible notice listing what was skipped and why: the app never drops data silently. */
export function ProblemNotice() {
  const problems = useAppState((s) => s.problems)
  const messages = useMessages()
  const errors = problems.filter((problem) => problem.severity === 'error' || problem.row === 'link')
  if (errors.length === 0) return null
  return (
    <details className="problem-notice" role="status" data-testid="problem-notice">
      <summary>{messages.skippedTitle(errors.length)}</summary>
      <p>{messages.skippedExplain}</p>
      <ul>
        {errors.map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </details>
  )
}
