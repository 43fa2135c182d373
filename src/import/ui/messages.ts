/** The "Your data" strings in English, Spanish and German (kept with the feature, so src/i18n stays untouched). */
import type { Lang } from '../../data/types'
import type { ImportSummary, Severity } from '../types'

const en = {
  button: 'Your data',
  buttonHint: 'Open your own file (TimelineJS, StoryMapJS, GeoJSON, KML, CSV) with a row-by-row report',
  title: 'Your data',
  intro:
    'Open a TimelineJS sheet (CSV) or JSON, a StoryMapJS, GeoJSON or KML file, an ACLED- or GDELT-style CSV, or a Frontera JSON. It is read on this device: nothing is uploaded, embedded or fetched.',
  xlsx: 'Excel files: save the sheet as CSV first.',
  chooseFile: 'Choose a file',
  dropHere: 'or drop it here, or anywhere on the page',
  pasteLabel: 'Or paste the contents of a file',
  pasteButton: 'Import the pasted text',
  importing: (name: string) => `Reading ${name}…`,
  progressLabel: 'Import progress',
  cancel: 'Cancel',
  cancelled: 'The import was cancelled.',
  failed: (message: string) => `The file could not be read: ${message}`,
  close: 'Close',
  curatedLink: 'Back to the curated dataset',
  curatedNote: 'Your data is kept apart: it is never mixed with the curated dataset.',
  banner: (title: string) => `Your data: ${title}`,
  attribution: 'Attribution',
  keptNote: 'Kept in this browser until you remove it.',
  remove: 'Remove your data',
  summary: (s: ImportSummary) =>
    `${s.rowsRead} ${s.rowsRead === 1 ? 'row' : 'rows'} read: ${s.titleRows ? `${s.titleRows} title ${s.titleRows === 1 ? 'row' : 'rows'}, ` : ''}${s.eraRows ? `${s.eraRows} era ${s.eraRows === 1 ? 'row' : 'rows'}, ` : ''}${s.imported} ${s.imported === 1 ? 'event' : 'events'} imported (${s.changed} with changes), ${s.imported - s.notOnMap} on the map, ${s.imported - s.notOnTimeline} on the timeline, ${s.skipped} skipped`,
  detected: (format: string, encoding: string) => `Format: ${format}; encoding: ${encoding}`,
  dateOrder: (column: string, order: string, ambiguous: number) =>
    `Dates in “${column}” read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'} (${ambiguous} ambiguous)`,
  switchOrder: 'Switch day and month',
  report: 'Import report',
  filter: 'Show',
  all: 'All messages',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' } satisfies Record<Severity, string>,
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Notes' } satisfies Record<Severity, string>,
  columns: {
    severity: 'Kind',
    field: 'Field',
    message: 'What was done',
    count: 'Rows',
    where: 'Where (first rows)',
    value: 'Value in the file',
  },
  downloadCsv: 'Download the report (CSV)',
  downloadJson: 'Download the report (JSON)',
  downloadDataset: 'Download the dataset (Frontera JSON)',
  noMessages: 'No message of this kind.',
}

export type ImportMessages = typeof en

const es: ImportMessages = {
  button: 'Tus datos',
  buttonHint:
    'Abre tu propio archivo (TimelineJS, StoryMapJS, GeoJSON, KML, CSV) con un informe fila por fila',
  title: 'Tus datos',
  intro:
    'Abre una hoja (CSV) o un JSON de TimelineJS, un archivo de StoryMapJS, GeoJSON o KML, un CSV al estilo de ACLED o GDELT, o un JSON de Frontera. Se lee en este dispositivo: nada se sube, se incrusta ni se descarga de otro sitio.',
  xlsx: 'Archivos de Excel: guarda antes la hoja como CSV.',
  chooseFile: 'Elegir un archivo',
  dropHere: 'o suéltalo aquí, o en cualquier lugar de la página',
  pasteLabel: 'O pega el contenido de un archivo',
  pasteButton: 'Importar el texto pegado',
  importing: (name: string) => `Leyendo ${name}…`,
  progressLabel: 'Progreso de la importación',
  cancel: 'Cancelar',
  cancelled: 'Se canceló la importación.',
  failed: (message: string) => `No se pudo leer el archivo: ${message}`,
  close: 'Cerrar',
  curatedLink: 'Volver al conjunto de datos curado',
  curatedNote: 'Tus datos se guardan aparte: nunca se mezclan con el conjunto de datos curado.',
  banner: (title: string) => `Tus datos: ${title}`,
  attribution: 'Atribución',
  keptNote: 'Se guardan en este navegador hasta que los elimines.',
  remove: 'Eliminar tus datos',
  summary: (s: ImportSummary) =>
    `${s.rowsRead} ${s.rowsRead === 1 ? 'fila leída' : 'filas leídas'}: ${s.titleRows ? `${s.titleRows} de título, ` : ''}${s.eraRows ? `${s.eraRows} de época, ` : ''}${s.imported} ${s.imported === 1 ? 'suceso importado' : 'sucesos importados'} (${s.changed} con cambios), ${s.imported - s.notOnMap} en el mapa, ${s.imported - s.notOnTimeline} en la cronología, ${s.skipped} ${s.skipped === 1 ? 'omitida' : 'omitidas'}`,
  detected: (format: string, encoding: string) => `Formato: ${format}; codificación: ${encoding}`,
  dateOrder: (column: string, order: string, ambiguous: number) =>
    `Fechas de «${column}» leídas como ${order === 'dmy' ? 'día/mes/año' : 'mes/día/año'} (${ambiguous} ambiguas)`,
  switchOrder: 'Intercambiar día y mes',
  report: 'Informe de importación',
  filter: 'Mostrar',
  all: 'Todos los mensajes',
  severity: { error: 'Error', warning: 'Aviso', info: 'Nota' },
  severityPlural: { error: 'Errores', warning: 'Avisos', info: 'Notas' },
  columns: {
    severity: 'Tipo',
    field: 'Campo',
    message: 'Qué se hizo',
    count: 'Filas',
    where: 'Dónde (primeras filas)',
    value: 'Valor en el archivo',
  },
  downloadCsv: 'Descargar el informe (CSV)',
  downloadJson: 'Descargar el informe (JSON)',
  downloadDataset: 'Descargar el conjunto de datos (JSON de Frontera)',
  noMessages: 'Ningún mensaje de este tipo.',
}

const de: ImportMessages = {
  button: 'Eigene Daten',
  buttonHint:
    'Eigene Datei öffnen (TimelineJS, StoryMapJS, GeoJSON, KML, CSV), mit einem Bericht Zeile für Zeile',
  title: 'Eigene Daten',
  intro:
    'Öffnen Sie eine TimelineJS-Tabelle (CSV) oder -JSON, eine StoryMapJS-, GeoJSON- oder KML-Datei, eine CSV im Stil von ACLED oder GDELT oder ein Frontera-JSON. Die Datei wird auf diesem Gerät gelesen: nichts wird hochgeladen, eingebettet oder nachgeladen.',
  xlsx: 'Excel-Dateien: die Tabelle zuerst als CSV speichern.',
  chooseFile: 'Datei auswählen',
  dropHere: 'oder hier ablegen, oder irgendwo auf der Seite',
  pasteLabel: 'Oder den Inhalt einer Datei einfügen',
  pasteButton: 'Eingefügten Text importieren',
  importing: (name: string) => `${name} wird gelesen…`,
  progressLabel: 'Fortschritt des Imports',
  cancel: 'Abbrechen',
  cancelled: 'Der Import wurde abgebrochen.',
  failed: (message: string) => `Die Datei konnte nicht gelesen werden: ${message}`,
  close: 'Schließen',
  curatedLink: 'Zurück zum kuratierten Datensatz',
  curatedNote: 'Ihre Daten bleiben getrennt: Sie werden nie mit dem kuratierten Datensatz vermischt.',
  banner: (title: string) => `Eigene Daten: ${title}`,
  attribution: 'Quellenangabe',
  keptNote: 'In diesem Browser gespeichert, bis Sie sie entfernen.',
  remove: 'Eigene Daten entfernen',
  summary: (s: ImportSummary) =>
    `${s.rowsRead} ${s.rowsRead === 1 ? 'Zeile' : 'Zeilen'} gelesen: ${s.titleRows ? `${s.titleRows} Titelzeile(n), ` : ''}${s.eraRows ? `${s.eraRows} Epochenzeile(n), ` : ''}${s.imported} ${s.imported === 1 ? 'Ereignis' : 'Ereignisse'} importiert (${s.changed} mit Änderungen), ${s.imported - s.notOnMap} auf der Karte, ${s.imported - s.notOnTimeline} auf der Zeitleiste, ${s.skipped} übersprungen`,
  detected: (format: string, encoding: string) => `Format: ${format}; Kodierung: ${encoding}`,
  dateOrder: (column: string, order: string, ambiguous: number) =>
    `Daten in „${column}“ gelesen als ${order === 'dmy' ? 'Tag/Monat/Jahr' : 'Monat/Tag/Jahr'} (${ambiguous} mehrdeutig)`,
  switchOrder: 'Tag und Monat tauschen',
  report: 'Importbericht',
  filter: 'Anzeigen',
  all: 'Alle Meldungen',
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  severityPlural: { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' },
  columns: {
    severity: 'Art',
    field: 'Feld',
    message: 'Was geschah',
    count: 'Zeilen',
    where: 'Wo (erste Zeilen)',
    value: 'Wert in der Datei',
  },
  downloadCsv: 'Bericht herunterladen (CSV)',
  downloadJson: 'Bericht herunterladen (JSON)',
  downloadDataset: 'Datensatz herunterladen (Frontera-JSON)',
  noMessages: 'Keine Meldung dieser Art.',
}

export const IMPORT_MESSAGES: Record<Lang, ImportMessages> = { en, es, de }
