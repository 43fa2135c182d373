import type { Problem } from './types'

/** `error  event "x" (events[3]) › places[0].lat = 190: Number must be at most 90 (hint: …)` */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` (${problem.hint})` : ''
  return `${problem.severity.padEnd(7)} ${problem.row} › ${problem.field} = ${problem.value}: ${problem.message}${hint}`
}
