/** The "Your data" strings in English, Spanish and German (kept with the feature, so src/i18n stays untouched). */
import type { Lang } from '../../data/types'
import type { ImportSummary, MAPPING_FIELDS, Severity } from '../types'

const en = {
  button: 'Your data',
  buttonHint: 'Open your own file (TimelineJS, StoryMapJS, GeoJSON, KML, CSV) with a row-by-row report',
  title: 'Your data',
  intro:
    'Open a TimelineJS sheet (CSV) or JSON, a StoryMapJS, GeoJSON or KML file, an ACLED- or GDELT-style CSV, or a Frontera JSON. It is read on this device: nothing is uploaded or embedded.',
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
  show: 'Show on the map, the timeline and the list',
  shownBanner: 'Your data',
  publishedBanner: 'Dataset',
  publishedNote: 'Published with this site from an imported file. Claims are not assessed.',
  openReport: 'Import report',
  counts: (events: number, notOnMap: number, notOnTimeline: number, skipped?: number) =>
    `${events} ${events === 1 ? 'event' : 'events'}; ${notOnMap} not on the map, ${notOnTimeline} not on the timeline${skipped === undefined ? '' : `; ${skipped} ${skipped === 1 ? 'row' : 'rows'} skipped`}`,
  fileLabel: 'File',
  readHere: 'Read in this browser; nothing was uploaded. Claims are not assessed.',
  noMessages: 'No message of this kind.',
  urlLabel: 'Or load it from a web address',
  urlButton: 'Load',
  urlAllowed: (origins: string) =>
    `This site allows addresses on ${origins}. A Google Sheets link is read as its CSV. The file is downloaded with no cookies and no referrer, and read here.`,
  urlOff:
    'Loading from a web address is off on this site: it allows no other site. Download the file and open it here.',
  urlFetching: (origin: string) => `Downloading from ${origin}…`,
  urlInvalid: (value: string) => `“${value}” is not a web address: it must start with https://.`,
  urlNotAllowed: (origin: string, origins: string) =>
    `This site does not load files from ${origin}; it allows ${origins}. Download the file and open it here instead.`,
  urlStatus: (origin: string, status: number) => `${origin} answered with HTTP status ${status}.`,
  urlNetwork: (origin: string) =>
    `Nothing could be read from ${origin}: the network failed, or that site does not let other sites read its files (CORS).`,
  urlRedirected: (origin: string) =>
    `The address sent the download on to ${origin}, which this site does not allow.`,
  urlTooLarge: (megabytes: number) => `The file is larger than ${megabytes} MB.`,
  urlSheetHint:
    'For a Google Sheet: File → Share → Publish to web, choose “Comma-separated values (.csv)”, and paste that link.',
  urlSheetRead: (url: string) => `Google Sheets link: reading its CSV at ${url}`,
  mappingTitle: (mapped: number, fields: number, columns: number) =>
    `Columns: ${mapped} of ${fields} fields read from the file's ${columns} ${columns === 1 ? 'column' : 'columns'}`,
  mappingIntro:
    'Choose which column holds what. An event needs a date, or a latitude and a longitude; the other fields are optional. The file is then read again.',
  mappingFields: {
    title: 'Title',
    date: 'Date (or start date)',
    end: 'End date',
    lat: 'Latitude',
    lon: 'Longitude',
    place: 'Place name',
    text: 'Description',
    category: 'Category',
    group: 'Group',
    actors: 'Actors',
    url: 'Source link',
    id: 'Identifier',
  } satisfies Record<(typeof MAPPING_FIELDS)[number], string>,
  mappingNone: '(not read)',
  mappingUnnamed: (position: number) => `(column ${position}, no name)`,
  mappingApply: 'Import again with these columns',
}

export type ImportMessages = typeof en

const es: ImportMessages = {
  button: 'Tus datos',
  buttonHint:
    'Abre tu propio archivo (TimelineJS, StoryMapJS, GeoJSON, KML, CSV) con un informe fila por fila',
  title: 'Tus datos',
  intro:
    'Abre una hoja (CSV) o un JSON de TimelineJS, un archivo de StoryMapJS, GeoJSON o KML, un CSV al estilo de ACLED o GDELT, o un JSON de Frontera. Se lee en este dispositivo: nada se sube ni se incrusta.',
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
  show: 'Mostrar en el mapa, la línea de tiempo y la lista',
  shownBanner: 'Tus datos',
  publishedBanner: 'Conjunto de datos',
  publishedNote:
    'Publicado con este sitio a partir de un archivo importado. Las afirmaciones no están evaluadas.',
  openReport: 'Informe de la importación',
  counts: (events: number, notOnMap: number, notOnTimeline: number, skipped?: number) =>
    `${events} ${events === 1 ? 'evento' : 'eventos'}; ${notOnMap} fuera del mapa, ${notOnTimeline} fuera de la línea de tiempo${skipped === undefined ? '' : `; ${skipped} ${skipped === 1 ? 'fila omitida' : 'filas omitidas'}`}`,
  fileLabel: 'Archivo',
  readHere: 'Leído en este navegador; no se subió nada. Las afirmaciones no están evaluadas.',
  noMessages: 'Ningún mensaje de este tipo.',
  urlLabel: 'O cárgalo desde una dirección web',
  urlButton: 'Cargar',
  urlAllowed: (origins: string) =>
    `Este sitio admite direcciones de ${origins}. Un enlace de Google Sheets se lee como su CSV. El archivo se descarga sin cookies ni referente y se lee aquí.`,
  urlOff:
    'La carga desde una dirección web está desactivada en este sitio: no admite ningún otro sitio. Descarga el archivo y ábrelo aquí.',
  urlFetching: (origin: string) => `Descargando de ${origin}…`,
  urlInvalid: (value: string) => `«${value}» no es una dirección web: debe empezar por https://.`,
  urlNotAllowed: (origin: string, origins: string) =>
    `Este sitio no carga archivos de ${origin}; admite ${origins}. Descarga el archivo y ábrelo aquí.`,
  urlStatus: (origin: string, status: number) => `${origin} respondió con el estado HTTP ${status}.`,
  urlNetwork: (origin: string) =>
    `No se pudo leer nada de ${origin}: falló la red, o ese sitio no deja que otros sitios lean sus archivos (CORS).`,
  urlRedirected: (origin: string) =>
    `La dirección redirigió la descarga a ${origin}, que este sitio no admite.`,
  urlTooLarge: (megabytes: number) => `El archivo ocupa más de ${megabytes} MB.`,
  urlSheetHint:
    'Para una hoja de Google: Archivo → Compartir → Publicar en la web, elige «Valores separados por comas (.csv)» y pega ese enlace.',
  urlSheetRead: (url: string) => `Enlace de Google Sheets: se lee su CSV en ${url}`,
  mappingTitle: (mapped: number, fields: number, columns: number) =>
    `Columnas: ${mapped} de ${fields} campos leídos de ${columns === 1 ? 'la única columna' : `las ${columns} columnas`} del archivo`,
  mappingIntro:
    'Elige qué columna contiene qué. Un suceso necesita una fecha, o una latitud y una longitud; los demás campos son opcionales. Luego se vuelve a leer el archivo.',
  mappingFields: {
    title: 'Título',
    date: 'Fecha (o fecha de inicio)',
    end: 'Fecha final',
    lat: 'Latitud',
    lon: 'Longitud',
    place: 'Nombre del lugar',
    text: 'Descripción',
    category: 'Categoría',
    group: 'Grupo',
    actors: 'Actores',
    url: 'Enlace a la fuente',
    id: 'Identificador',
  },
  mappingNone: '(no se lee)',
  mappingUnnamed: (position: number) => `(columna ${position}, sin nombre)`,
  mappingApply: 'Importar de nuevo con estas columnas',
}

const de: ImportMessages = {
  button: 'Eigene Daten',
  buttonHint:
    'Eigene Datei öffnen (TimelineJS, StoryMapJS, GeoJSON, KML, CSV), mit einem Bericht Zeile für Zeile',
  title: 'Eigene Daten',
  intro:
    'Öffnen Sie eine TimelineJS-Tabelle (CSV) oder -JSON, eine StoryMapJS-, GeoJSON- oder KML-Datei, eine CSV im Stil von ACLED oder GDELT oder ein Frontera-JSON. Die Datei wird auf diesem Gerät gelesen: nichts wird hochgeladen oder eingebettet.',
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
  show: 'Auf der Karte, der Zeitleiste und in der Liste zeigen',
  shownBanner: 'Ihre Daten',
  publishedBanner: 'Datensatz',
  publishedNote:
    'Mit dieser Website aus einer importierten Datei veröffentlicht. Aussagen sind nicht geprüft.',
  openReport: 'Importbericht',
  counts: (events: number, notOnMap: number, notOnTimeline: number, skipped?: number) =>
    `${events} ${events === 1 ? 'Ereignis' : 'Ereignisse'}; ${notOnMap} nicht auf der Karte, ${notOnTimeline} nicht auf der Zeitleiste${skipped === undefined ? '' : `; ${skipped} ${skipped === 1 ? 'Zeile übersprungen' : 'Zeilen übersprungen'}`}`,
  fileLabel: 'Datei',
  readHere: 'In diesem Browser gelesen; nichts wurde hochgeladen. Aussagen sind nicht geprüft.',
  noMessages: 'Keine Meldung dieser Art.',
  urlLabel: 'Oder von einer Webadresse laden',
  urlButton: 'Laden',
  urlAllowed: (origins: string) =>
    `Diese Website erlaubt Adressen auf ${origins}. Ein Google-Sheets-Link wird als seine CSV gelesen. Die Datei wird ohne Cookies und ohne Referrer heruntergeladen und hier gelesen.`,
  urlOff:
    'Das Laden von einer Webadresse ist auf dieser Website aus: Sie erlaubt keine andere Website. Laden Sie die Datei herunter und öffnen Sie sie hier.',
  urlFetching: (origin: string) => `Download von ${origin}…`,
  urlInvalid: (value: string) => `„${value}“ ist keine Webadresse: Sie muss mit https:// beginnen.`,
  urlNotAllowed: (origin: string, origins: string) =>
    `Diese Website lädt keine Dateien von ${origin}; sie erlaubt ${origins}. Laden Sie die Datei herunter und öffnen Sie sie hier.`,
  urlStatus: (origin: string, status: number) => `${origin} antwortete mit dem HTTP-Status ${status}.`,
  urlNetwork: (origin: string) =>
    `Von ${origin} konnte nichts gelesen werden: Das Netz ist ausgefallen, oder diese Website lässt andere Websites ihre Dateien nicht lesen (CORS).`,
  urlRedirected: (origin: string) =>
    `Die Adresse leitete den Download an ${origin} weiter, das diese Website nicht erlaubt.`,
  urlTooLarge: (megabytes: number) => `Die Datei ist größer als ${megabytes} MB.`,
  urlSheetHint:
    'Für eine Google-Tabelle: Datei → Freigeben → Im Web veröffentlichen, „Kommagetrennte Werte (.csv)“ wählen und diesen Link einfügen.',
  urlSheetRead: (url: string) => `Google-Sheets-Link: seine CSV wird gelesen unter ${url}`,
  mappingTitle: (mapped: number, fields: number, columns: number) =>
    `Spalten: ${mapped} von ${fields} Feldern aus ${columns === 1 ? 'der einen Spalte' : `den ${columns} Spalten`} der Datei gelesen`,
  mappingIntro:
    'Wählen Sie, welche Spalte was enthält. Ein Ereignis braucht ein Datum oder einen Breiten- und Längengrad; die anderen Felder sind freiwillig. Danach wird die Datei neu gelesen.',
  mappingFields: {
    title: 'Titel',
    date: 'Datum (oder Beginn)',
    end: 'Enddatum',
    lat: 'Breitengrad',
    lon: 'Längengrad',
    place: 'Ortsname',
    text: 'Beschreibung',
    category: 'Kategorie',
    group: 'Gruppe',
    actors: 'Akteure',
    url: 'Link zur Quelle',
    id: 'Kennung',
  },
  mappingNone: '(nicht gelesen)',
  mappingUnnamed: (position: number) => `(Spalte ${position}, ohne Namen)`,
  mappingApply: 'Mit diesen Spalten neu importieren',
}

export const IMPORT_MESSAGES: Record<Lang, ImportMessages> = { en, es, de }
