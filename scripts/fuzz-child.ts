// The process `npm run fuzz` runs its cases in (scripts/fuzz.ts starts it with a heap limit and watches
// its memory and time): a V8 fatal error or a runaway allocation here ends this process only, and the
// hunt reports the input that did it. Each case runs one importer (or the archive reader) on one input
// and says what is wrong with the outcome, or null.
import { applyAddendum, parseAddendum } from '../src-renderer/import/addendum'
import { parseCsvRecords } from '../src-renderer/import/formats/csv'
import { docxToText } from '../src-renderer/import/docx-text'
import { EXCEL_MAX_COLUMNS, newMeter, READ_LIMITS, type ReadMeter } from '../src-renderer/import/formats/limits'
import { describeProblem } from '../src-renderer/import/formats/problems'
import { INFLATE_SLACK } from '../src-renderer/import/formats/zip'
import { readMeasuresFile } from '../src-renderer/import/measures/read-measures-file'
import { parseOhchrMatrix } from '../src-renderer/import/ohchr-matrix'
import { parseSource, type ParsedSource } from '../src-renderer/import/parse-source'
import { extractPdfText } from '../src-renderer/import/pdf-text'
import type { ParseResult } from '../src-renderer/import/types'
import { parseUhriExport } from '../src-renderer/import/uhri'
import { parseUprInfoExport } from '../src-renderer/import/upr-info'
import { parseWorkingGroupReport } from '../src-renderer/import/wg-report'
import { openArchive, readArchiveHeader } from '../src-renderer/archive/read-archive'
import { checkRecord } from '../src-renderer/archive/record-schemas'
import { tablesOfVersion } from '../src-renderer/archive/tables'
import { CURRENT_SCHEMA_VERSION } from '../src-renderer/domain/stores'

/** One input: bytes or text under a file name (what every target is fed). */
export interface FuzzInput {
  name: string
  bytes?: Uint8Array
  text?: string
}

/** What a case asks of the child, and what it answers. */
export interface CaseRequest {
  id: number
  target: string
  input: FuzzInput
}
export interface CaseReply {
  id: number
  /** What is wrong with the outcome, or null when it is a result, warnings or a refusal within the budgets. */
  problem: string | null
}

export const ARCHIVE_PASSPHRASE = 'correct horse battery staple'
const ARCHIVE_REASONS = ['not-an-archive', 'truncated', 'corrupted', 'newer-format', 'newer-schema', 'needs-passphrase', 'wrong-passphrase', 'too-large', 'invalid-record']

class Finding extends Error {}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Finding(what)
}

function budgets(meter: ReadMeter, what: string): void {
  check(meter.inflatedBytes <= READ_LIMITS.maxUnpackedBytes + INFLATE_SLACK + 64 * 1032, `${what}: inflated ${meter.inflatedBytes} bytes, beyond the budget`)
  check(meter.cells <= READ_LIMITS.maxCells + EXCEL_MAX_COLUMNS, `${what}: made ${meter.cells} cells, beyond the budget`)
  check(meter.paragraphs <= READ_LIMITS.maxParagraphs + 1, `${what}: made ${meter.paragraphs} paragraphs, beyond the budget`)
}

function parseResult(result: ParseResult, what: string): void {
  check(Array.isArray(result.recommendations) && Array.isArray(result.warnings), `${what}: not a parse result`)
  check(result.recommendations.length > 0 || result.warnings.length > 0, `${what}: no records and no warning saying why`)
  for (const w of result.warnings) {
    check(typeof w.message === 'string' && w.message.length > 0, `${what}: a warning without a message`)
    check(typeof w.code === 'string' && w.code !== '' && typeof w.values === 'object', `${what}: a warning without a code`)
    if (w.problem && !['not-zip', 'entry-missing', 'no-worksheet'].includes(w.problem.code)) check(w.message.includes(describeProblem(w.problem)), `${what}: a refusal whose message does not say its reason`)
  }
  for (const r of result.recommendations) {
    check(typeof r.text === 'string' && Array.isArray(r.recommendingStatesRaw), `${what}: a record without text or States`)
    check(['supported', 'noted', 'supported-in-part', 'pending'].includes(r.position), `${what}: position ${String(r.position)}`)
  }
}

function parsedSource(parsed: ParsedSource, what: string): void {
  if (parsed.kind === 'recommendations') parseResult(parsed.result, what)
  else if (parsed.kind === 'addendum') check(Array.isArray(parsed.result.positions), `${what}: addendum without positions`)
  else check(parsed.kind === 'error' && parsed.message.length > 0, `${what}: an error without a message`)
}

function metered<T>(what: string, read: (options: { meter: ReadMeter }) => T): T {
  const meter = newMeter()
  const out = read({ meter })
  budgets(meter, what)
  return out
}

async function meteredAsync<T>(what: string, read: (options: { meter: ReadMeter }) => Promise<T>): Promise<T> {
  const meter = newMeter()
  const out = await read({ meter })
  budgets(meter, what)
  return out
}

const textOf = (input: FuzzInput): string => input.text ?? new TextDecoder().decode(input.bytes ?? new Uint8Array(0))
const bytesOf = (input: FuzzInput): Uint8Array => input.bytes ?? new TextEncoder().encode(input.text ?? '')

async function spreadsheet(input: FuzzInput): Promise<void> {
  const bytes = bytesOf(input)
  parseResult(metered('parseUprInfoExport', (o) => parseUprInfoExport(bytes, input.name, o)), 'parseUprInfoExport')
  parseResult(metered('parseUhriExport', (o) => parseUhriExport(bytes, input.name, o)), 'parseUhriExport')
  parsedSource(await meteredAsync('parseSource', (o) => parseSource(bytes, input.name, o)), 'parseSource')
  measures(input)
}

function measures(input: FuzzInput): void {
  const result = metered('readMeasuresFile', (o) => readMeasuresFile(bytesOf(input), input.name.replace(/^[^.]*/, 'measures'), o))
  check(Array.isArray(result.items) && Array.isArray(result.problems), 'readMeasuresFile: not a result')
  check(result.items.length > 0 || result.problems.length > 0, 'readMeasuresFile: no measures and no problem saying why')
}

async function word(input: FuzzInput): Promise<void> {
  const bytes = bytesOf(input)
  parseResult(await meteredAsync('parseOhchrMatrix', (o) => parseOhchrMatrix(bytes, input.name, o)), 'parseOhchrMatrix')
  parsedSource(await meteredAsync('parseSource', (o) => parseSource(bytes, input.name, o)), 'parseSource')
  // The text reader refuses with an Error (parseSource catches it); anything else escaping is a finding.
  await meteredAsync('docxToText', (o) => docxToText(bytes, o)).catch((e: unknown) => check(e instanceof Error && e.message.length > 0, 'docxToText: rejected without a message'))
}

async function archive(input: FuzzInput): Promise<void> {
  const bytes = bytesOf(input)
  const result = await openArchive(bytes, { supportedSchemaVersion: CURRENT_SCHEMA_VERSION, passphrase: ARCHIVE_PASSPHRASE })
  readArchiveHeader(bytes, CURRENT_SCHEMA_VERSION)
  if (!result.ok) {
    check(ARCHIVE_REASONS.includes(result.reason), `openArchive: unknown reason ${result.reason}`)
    check(result.detail.length > 0, 'openArchive: a refusal without detail')
    return
  }
  const allowed = tablesOfVersion(result.header.schemaVersion) ?? []
  for (const [table, records] of Object.entries(result.content.tables)) {
    check(allowed.includes(table), `openArchive: opened an archive with table ${table}`)
    check(result.header.counts[table] === records.length, `openArchive: ${table} holds ${records.length} records, the header says ${result.header.counts[table]}`)
    for (const r of records) check(typeof r.id === 'string', `openArchive: a ${table} record without a string id`)
    for (const r of records) check(checkRecord(table, r) === null, `openArchive: opened a ${table} record that does not fit its schema`)
  }
}

/** Runs one case of one target; what is wrong with its outcome, or null. */
export async function runCase(target: string, input: FuzzInput): Promise<string | null> {
  try {
    switch (target) {
      case 'wg-report':
        parseResult(parseWorkingGroupReport(textOf(input), input.name), 'parseWorkingGroupReport')
        break
      case 'addendum': {
        const addendum = parseAddendum(textOf(input), input.name)
        check(Array.isArray(addendum.positions), 'parseAddendum: no positions')
        parseResult(applyAddendum(parseWorkingGroupReport(textOf(input), 'r.txt'), addendum).result, 'applyAddendum')
        break
      }
      case 'csv': {
        const bytes = bytesOf(input)
        parseCsvRecords(textOf(input), ',')
        parseResult(metered('parseUprInfoExport', (o) => parseUprInfoExport(bytes, input.name, o)), 'parseUprInfoExport')
        break
      }
      case 'spreadsheet-bytes':
      case 'sheet-xml':
      case 'sheet-structure':
      case 'biff8-structure':
      case 'zip-structure':
        if (/\.docx$/.test(input.name)) await word(input)
        else await spreadsheet(input)
        break
      case 'measures':
        measures(input)
        break
      case 'docx-bytes':
      case 'docx-xml':
        await word(input)
        break
      case 'pdf': {
        const result = await extractPdfText(bytesOf(input))
        check(typeof result.text === 'string', 'extractPdfText: no text')
        parsedSource(await parseSource(bytesOf(input), input.name), 'parseSource')
        break
      }
      case 'any-bytes':
        parsedSource(await meteredAsync('parseSource', (o) => parseSource(bytesOf(input), input.name, o)), 'parseSource')
        break
      case 'archive-bytes':
      case 'archive-header':
      case 'archive-content':
        await archive(input)
        break
      default:
        return `unknown target ${target}`
    }
    return null
  } catch (e) {
    if (e instanceof Finding) return e.message
    return `threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
  }
}

if (process.send) {
  const send = process.send.bind(process)
  process.on('message', (request: CaseRequest) => {
    void runCase(request.target, request.input).then((problem) => send({ id: request.id, problem } satisfies CaseReply))
  })
  send({ ready: true })
}
