/**
 * The column-mapping step for any CSV/TSV that is not a known layout: which column is the title, the date, the
 * coordinates… It starts from the mapping the import used (guessed from the header names) and imports the same file
 * again with the one chosen. Open by itself when nothing could be imported, which is when it is needed most.
 */
import { useId, useState } from 'react'
import { MAPPING_FIELDS, type ColumnMapping } from '../types'
import type { ImportMessages } from './messages'

export function ColumnMappingForm({
  columns,
  mapping,
  messages,
  isOpen,
  disabled,
  onApply,
}: {
  columns: readonly string[]
  mapping: ColumnMapping
  messages: ImportMessages
  /** Open from the start (nothing could be imported with the guessed mapping). */
  isOpen: boolean
  disabled: boolean
  onApply: (mapping: ColumnMapping) => void
}) {
  const ids = useId()
  const [chosen, setChosen] = useState<ColumnMapping>(mapping)
  const mapped = MAPPING_FIELDS.filter((field) => chosen[field] !== undefined).length
  return (
    <details className="column-mapping" open={isOpen}>
      <summary>{messages.mappingTitle(mapped, MAPPING_FIELDS.length, columns.length)}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onApply(chosen)
        }}
      >
        <p id={`${ids}-intro`}>{messages.mappingIntro}</p>
        <div className="column-mapping-fields" role="group" aria-describedby={`${ids}-intro`}>
          {MAPPING_FIELDS.map((field) => (
            <label key={field} className="column-mapping-field">
              <span>{messages.mappingFields[field]}</span>
              <select
                value={chosen[field] ?? ''}
                onChange={(event) => {
                  const value = event.target.value
                  setChosen((current) =>
                    Object.fromEntries(
                      MAPPING_FIELDS.flatMap((key) => {
                        const column = key === field ? value : current[key]
                        return column ? [[key, column]] : []
                      }),
                    ),
                  )
                }}
              >
                <option value="">{messages.mappingNone}</option>
                {columns.map((column, index) => (
                  <option key={`${index}-${column}`} value={column}>
                    {column === '' ? messages.mappingUnnamed(index + 1) : column}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <button type="submit" disabled={disabled}>
          {messages.mappingApply}
        </button>
      </form>
    </details>
  )
}
