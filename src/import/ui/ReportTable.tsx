/**
 * The import report as an accessible table: repeated messages grouped (kind, field, what was done, how many rows,
 * the first rows), filterable by kind, downloadable whole as CSV or JSON. Every value is rendered as text.
 */
import { useId, useMemo, useState } from 'react'
import { downloadBlob } from '../../export/exportSelection'
import { groupReportRows, reportToCsv } from '../report'
import type { ImportReport, Severity } from '../types'
import type { ImportMessages } from './messages'

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

export function ReportTable({
  report,
  messages,
  baseName,
}: {
  report: ImportReport
  messages: ImportMessages
  baseName: string
}) {
  const id = useId()
  const [filter, setFilter] = useState<Severity | 'all'>('all')
  const groups = useMemo(() => groupReportRows(report.rows), [report])
  const shown = filter === 'all' ? groups : groups.filter((group) => group.severity === filter)
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, report.rows.filter((row) => row.severity === s).length]),
  ) as Record<Severity, number>
  return (
    <section className="import-report" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{messages.report}</h3>
      <div className="import-report-tools">
        <label>
          {messages.filter}{' '}
          <select
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as Severity | 'all')
            }}
          >
            <option value="all">
              {messages.all} ({report.rows.length})
            </option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {messages.severityPlural[severity]} ({counts[severity]})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            downloadBlob(
              new Blob([reportToCsv(report)], { type: 'text/csv;charset=utf-8' }),
              `${baseName}.report.csv`,
            )
          }}
        >
          {messages.downloadCsv}
        </button>
        <button
          type="button"
          onClick={() => {
            downloadBlob(
              new Blob([JSON.stringify(report, null, 1)], { type: 'application/json' }),
              `${baseName}.report.json`,
            )
          }}
        >
          {messages.downloadJson}
        </button>
      </div>
      {shown.length === 0 ? (
        <p>{messages.noMessages}</p>
      ) : (
        <div className="import-report-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{messages.columns.severity}</th>
                <th scope="col">{messages.columns.field}</th>
                <th scope="col">{messages.columns.message}</th>
                <th scope="col">{messages.columns.count}</th>
                <th scope="col">{messages.columns.where}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((group) => (
                <tr key={`${group.severity}|${group.field}|${group.message}`} data-severity={group.severity}>
                  <td>
                    <span className={`import-severity import-severity-${group.severity}`}>
                      {messages.severity[group.severity]}
                    </span>
                  </td>
                  <td>{group.field}</td>
                  <td>{group.message}</td>
                  <td>{group.count}</td>
                  <td>
                    {group.locators.join('; ')}
                    {group.count > group.locators.length ? '; …' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
