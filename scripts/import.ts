/**
 * npm run import -- <file> [--format <name>] [--out <dir>] [--report <file.json>]
 *                  [--name <name>] [--attribution <text>] [--licence <text>] [--language <bcp47>] [--date-order dmy|mdy]
 * Runs the app's own import code (src/import/) in Node: writes the dataset as `<out>/<name>.json` (default
 * `public/datasets/`, which the build publishes: scripts/publishedDatasets.ts) and its row-by-row report as JSON
 * (default `<out>/<name>.report.json`), and prints the summary.
 * Exits 1 when no row could be imported.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importFile, type ImportOptions } from '../src/import/importFile'
import { importedDatasetFileSchema } from '../src/import/profile'
import { groupReportRows, summaryLine } from '../src/import/report'
import { FORMAT_NAMES, type FormatName, type ImportResult } from '../src/import/types'
import { xmldomParser } from '../src/import/xmldomParser'

const USAGE = `usage: npm run import -- <file> [--format <${FORMAT_NAMES.join('|')}>] [--out <dir>] [--report <file.json>]
       [--name <name>] [--attribution <text>] [--licence <text>] [--language <code>] [--date-order dmy|mdy]`

export type ImportCliResult = ImportResult & { datasetPath: string; reportPath: string }

export function runImport(argv: string[]): ImportCliResult {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string', default: 'public/datasets' },
      report: { type: 'string' },
      name: { type: 'string' },
      attribution: { type: 'string' },
      licence: { type: 'string' },
      language: { type: 'string' },
      'date-order': { type: 'string' },
    },
  })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) throw new Error(USAGE)
  if (values.format !== undefined && !FORMAT_NAMES.includes(values.format as FormatName)) {
    throw new Error(`unknown format "${values.format}"\n${USAGE}`)
  }
  const order = values['date-order']
  if (order !== undefined && order !== 'dmy' && order !== 'mdy')
    throw new Error(`--date-order must be dmy or mdy\n${USAGE}`)
  const options: ImportOptions = { fileName: basename(file), parseXml: xmldomParser }
  if (values.format) options.format = values.format as FormatName
  if (values.name) options.name = values.name
  if (values.attribution) options.attribution = values.attribution
  if (values.licence) options.licence = values.licence
  if (values.language) options.language = values.language
  if (order) options.dayMonthOrder = order
  const result = importFile(new Uint8Array(readFileSync(file)), options)
  const checked = importedDatasetFileSchema.safeParse(result.dataset)
  if (!checked.success)
    throw new Error(`the imported dataset does not fit its own profile: ${checked.error.message}`)
  const datasetPath = resolve(values.out, `${result.dataset.name}.json`)
  const reportPath = resolve(values.report ?? resolve(values.out, `${result.dataset.name}.report.json`))
  mkdirSync(dirname(datasetPath), { recursive: true })
  mkdirSync(dirname(reportPath), { recursive: true })
  writeFileSync(datasetPath, `${JSON.stringify(result.dataset, null, 1)}\n`)
  writeFileSync(reportPath, `${JSON.stringify(result.report, null, 1)}\n`)
  return { ...result, datasetPath, reportPath }
}

function main(): void {
  let result: ImportCliResult
  try {
    result = runImport(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 2
    return
  }
  const { report } = result
  const file = report.file
  console.log(
    `${file.name}: ${file.format}${file.encoding ? `, ${file.encoding}` : ''}${file.delimiter ? `, ${file.delimiter}-separated` : ''}${file.headerLine ? `, header on line ${file.headerLine}` : ''}`,
  )
  for (const order of file.dateOrder ?? []) {
    console.log(
      `  dates in "${order.column}": ${order.order} (${order.decidedBy}); ${order.ambiguous} ambiguous row(s)`,
    )
  }
  for (const group of groupReportRows(report.rows)) {
    const where =
      group.count > group.locators.length ? `${group.locators.join('; ')}; …` : group.locators.join('; ')
    console.log(
      `  ${group.severity.padEnd(7)} ${String(group.count).padStart(5)} × ${group.field}: ${group.message}  [${where}]`,
    )
  }
  console.log(summaryLine(report.summary))
  console.log(`dataset: ${result.datasetPath}\nreport:  ${result.reportPath}`)
  process.exitCode = report.summary.imported > 0 ? 0 : 1
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
