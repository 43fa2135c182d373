import { formatProblem } from '../data/formatProblem'
import { useMessages } from '../state/selectors'
import { useAppState } from '../state/store'

/** A visible notice listing what was skipped and why: the app never drops data silently. */
export function ProblemNotice() {
  const problems = useAppState((s) => s.problems)
  const messages = useMessages()
  const linkProblems = problems.filter((problem) => problem.row === 'link')
  const dataErrors = problems.filter((problem) => problem.severity === 'error' && problem.row !== 'link')
  const errors = [...linkProblems, ...dataErrors]
  if (errors.length === 0) return null
  const summary = [
    linkProblems.length > 0 ? messages.linkProblemsTitle(linkProblems.length) : '',
    dataErrors.length > 0 ? messages.skippedTitle(dataErrors.length) : '',
  ]
    .filter(Boolean)
    .join('; ')
  return (
    <details className="problem-notice" role="status" data-testid="problem-notice">
      <summary>{summary}</summary>
      {dataErrors.length > 0 ? <p>{messages.skippedExplain}</p> : null}
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
