// `npm run fuzz -- [--scale N] [--minutes M] [--only a,b] [--seed S --path P] [--heap-mb H] [--rss-mb R] [--case-seconds T]`
//
// Long random hunts over every importer and the archive reader. Each target is a fast-check property
// over damaged real-shaped inputs (the samples of the unit tests) and hostile structures (ZIP parts that
// lie about their sizes, sheets naming far rows and columns, BIFF8 records with any fields). Every case
// runs in a child process with a heap limit, watched for its memory (RSS) and time: a runaway allocation,
// a V8 abort or a hang ends the child, not the hunt, and counts as a finding. At the end it prints, for
// each finding, the target, the seed and path to replay it, and the shrunk input (bytes as base64), and
// exits with 1. The default scale runs each target as many times as the unit tests do; `--minutes` caps
// the whole hunt (each target gets an equal share of what is left).
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { utils, write } from '@e965/xlsx'
import { assemble } from '../src-renderer/archive/write-archive'
import { sha256Hex } from '../src-renderer/archive/crypto'
import { PREAMBLE_BYTES, TRAILER_BYTES, type ArchiveHeader } from '../src-renderer/archive/format'
import { sampleArchive } from '../tests/unit/archive/archive-fixtures'
import {
  ADDENDUM_BARE_TEXT,
  ADDENDUM_TEXT,
  REPORT_CYCLE1_TEXT,
  REPORT_TEXT,
  UHRI_XLSX,
  UPR_INFO_CSV,
  UPR_INFO_CSV_1252,
  UPR_INFO_XLS,
  UPR_INFO_XLSX,
  mutatedBytes,
  mutatedText,
  mutatedZipXml,
  ohchrMatrixDocx,
  reportDocx,
  reportPdf
} from '../tests/unit/import/fuzz-samples'
import { biff8Stream, buildZip, deflateBomb, docxParts, record, sheetXml, xlsOf, xlsxParts, type ZipPart } from '../tests/unit/import/formats/hostile-files'
import { ARCHIVE_PASSPHRASE, type CaseReply, type CaseRequest, type FuzzInput } from './fuzz-child'

// --- Arguments -----------------------------------------------------------------------------------

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const scale = Number(argument('scale') ?? 1)
const minutes = Number(argument('minutes') ?? 10)
const only = argument('only')?.split(',')
const fixedSeed = argument('seed') === undefined ? undefined : Number(argument('seed'))
const replayPath = argument('path')
const heapMb = Number(argument('heap-mb') ?? 1024)
const rssMb = Number(argument('rss-mb') ?? 2048)
const caseSeconds = Number(argument('case-seconds') ?? 60)
if (!(scale > 0) || !(minutes > 0)) {
  process.stderr.write('usage: npm run fuzz -- [--scale N] [--minutes M] [--only target,...] [--seed S --path P]\n')
  process.exit(2)
}

const log = (message: string): void => void process.stderr.write(`${message}\n`)

// --- The child process, its limits and its watchdog ----------------------------------------------------

const childScript = fileURLToPath(new URL('./fuzz-child.ts', import.meta.url))

class Runner {
  private child: ChildProcess | null = null
  private ready: Promise<void> | null = null
  private nextId = 1
  restarts = 0

  private start(): Promise<void> {
    const child = fork(childScript, [], { execArgv: ['--import', 'tsx', `--max-old-space-size=${heapMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    child.stderr?.on('data', () => undefined) // pdf.js and SheetJS talk on stderr
    this.child = child
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: unknown): void => {
        if ((m as { ready?: boolean }).ready) {
          child.off('message', onMessage)
          resolve()
        }
      }
      child.on('message', onMessage)
      child.once('exit', (code, signal) => reject(new Error(`the fuzz child exited while starting (${code ?? signal})`)))
    })
    return this.ready
  }

  /** Runs one case; a crash, an overrun of memory or time is returned as the finding it is. */
  async run(target: string, input: FuzzInput): Promise<string | null> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) await this.start()
    else await this.ready
    const child = this.child!
    const id = this.nextId++
    return new Promise<string | null>((resolve) => {
      let settled = false
      const finish = (problem: string | null, kill: boolean): void => {
        if (settled) return
        settled = true
        clearInterval(watch)
        clearTimeout(timer)
        child.off('message', onMessage)
        child.off('exit', onExit)
        if (kill) {
          child.kill('SIGKILL')
          this.child = null
          this.restarts++
        }
        resolve(problem)
      }
      const onMessage = (m: unknown): void => {
        const reply = m as CaseReply
        if (reply.id === id) finish(reply.problem, false)
      }
      const onExit = (code: number | null, signal: string | null): void => {
        this.child = null
        this.restarts++
        finish(`the child process died (exit ${code ?? '-'}, signal ${signal ?? '-'}): a V8 abort or the ${heapMb} MB heap limit`, false)
      }
      // The heap limit does not count ArrayBuffers: the resident size is watched too.
      const watch = setInterval(() => {
        const rss = residentMb(child.pid)
        if (rss !== null && rss > rssMb) finish(`the child process grew to ${rss} MB (limit ${rssMb} MB)`, true)
      }, 100)
      const timer = setTimeout(() => finish(`no answer within ${caseSeconds} s`, true), caseSeconds * 1000)
      child.on('message', onMessage)
      child.once('exit', onExit)
      child.send({ id, target, input } satisfies CaseRequest)
    })
  }

  stop(): void {
    this.child?.kill('SIGKILL')
  }
}

function residentMb(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1])
    return Math.round((pages * 4096) / 1024 / 1024)
  } catch {
    return null
  }
}

// --- Inputs ------------------------------------------------------------------------------------

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const named = (name: string) => (bytes: Uint8Array): FuzzInput => ({ name, bytes })

const MEASURES_HEADER = ['id', 'title', 'type', 'status', 'adopted_on', 'budget_amount', 'budget_currency', 'rights', 'groups', 'sdg_targets', 'good_practice', 'recommendations']
const MEASURES_ROWS = [
  ['', 'Shelters, and a hotline', 'campaign', 'in-force', '2020-04-01', '1200000', 'EUR', 'health; education', 'women', '5.2; 16.1', 'yes', ''],
  ['m-2', 'Rent freeze', 'law', 'ended', 43_922, 2500, 'CHF', '', 'older-persons', '', 'no', 'UPR47 105.12']
]
const MEASURES_CSV = [MEASURES_HEADER, ...MEASURES_ROWS].map((r) => r.map((c) => (/[,"\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n')
function measuresXlsx(): Uint8Array {
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet([MEASURES_HEADER, ...MEASURES_ROWS]), 'Measures')
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/** A row or column number as a hostile file writes it: small, at the limit, far beyond, or not a number. */
const rowNumber = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(0, 1_048_576, 1_048_577, 169_220_804, 2 ** 31, 2 ** 53), fc.constant('9'.repeat(30)), fc.constant('x'), fc.constant(''))
const columnLetters = fc.oneof(fc.constantFrom('A', 'B', 'K', 'Z', 'AA', 'XFD', 'XFE', 'ZZZ', 'AAAA', 'ZZZZZZZZ'), fc.stringMatching(/^[A-Z]{1,3}$/))
const cellType = fc.constantFrom(undefined, 'n', 's', 'b', 'e', 'str', 'inlineStr', 'd', 'zz')
const xmlText = fc.oneof(fc.constantFrom('1', '0', '-1', '1e308', 'NaN', '999999999999', '2020-04-01', 'Supported', '&amp;', '&#0;', '_x000D_', ']]>'), fc.string({ maxLength: 12 }).map((s) => s.replace(/[<&]/g, '')))

/** A worksheet built from random rows and cells, with shared strings: far rows, far columns, odd types. */
const sheetStructure = fc
  .tuple(
    fc.array(
      fc.record({
        r: fc.option(rowNumber, { nil: undefined }),
        cells: fc.array(fc.record({ col: fc.option(columnLetters, { nil: undefined }), row: fc.option(rowNumber, { nil: undefined }), t: cellType, v: fc.option(xmlText, { nil: undefined }) }), { maxLength: 6 })
      }),
      { maxLength: 12 }
    ),
    fc.array(xmlText, { maxLength: 5 })
  )
  .map(([rows, strings]): FuzzInput => {
    const cellXml = (c: { col: string | undefined; row: number | string | undefined; t: string | undefined; v: string | undefined }): string => {
      const ref = c.col === undefined && c.row === undefined ? '' : ` r="${c.col ?? ''}${c.row ?? ''}"`
      const type = c.t === undefined ? '' : ` t="${c.t}"`
      const value = c.v === undefined ? '' : c.t === 'inlineStr' ? `<is><t>${c.v}</t></is>` : `<v>${c.v}</v>`
      return `<c${ref}${type}>${value}</c>`
    }
    const xml = sheetXml(rows.map((row) => `<row${row.r === undefined ? '' : ` r="${row.r}"`}>${row.cells.map(cellXml).join('')}</row>`).join(''))
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`
    return { name: 'export.xlsx', bytes: buildZip([...xlsxParts(xml), { name: 'xl/sharedStrings.xml', data: sst }]) }
  })

/** A ZIP around an Office document whose main part may lie about its size, be a bomb, encrypted or odd. */
const zipStructure = fc
  .record({
    kind: fc.constantFrom('xlsx', 'docx'),
    megabytes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.constantFrom(63, 65, 130)),
    declared: fc.oneof(fc.constant('truth' as const), fc.constantFrom(0, 1, 1000, 64 * 1024 * 1024, 0xffffffff), fc.nat()),
    method: fc.constantFrom(8, 8, 8, 0, 12),
    flags: fc.constantFrom(0, 0, 0, 1, 8),
    cut: fc.option(fc.nat(), { nil: undefined })
  })
  .map(({ kind, megabytes, declared, method, flags, cut }): FuzzInput => {
    const name = kind === 'xlsx' ? 'xl/worksheets/sheet1.xml' : 'word/document.xml'
    const part: ZipPart =
      megabytes === 0
        ? { name, data: kind === 'xlsx' ? sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>SuR</t></is></c></row>') : '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>', method, flags }
        : { name, raw: deflateBomb(megabytes), method, flags, declaredSize: declared === 'truth' ? megabytes * 1024 * 1024 : declared }
    if (declared !== 'truth' && megabytes === 0) part.declaredSize = declared
    const bytes = buildZip(kind === 'xlsx' ? xlsxParts(part) : docxParts(part))
    return { name: kind === 'xlsx' ? 'export.xlsx' : 'report.docx', bytes: cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1)) }
  })

/**
 * A BIFF8 (or BIFF5) workbook of random cell records (rows and columns anywhere in 16 bits), sometimes
 * with sheets that overlap, sometimes small enough for the mini stream.
 */
const biff8Structure = fc
  .tuple(
    fc.array(
      fc.record({
        type: fc.constantFrom(0x0203, 0x027e, 0x00bd, 0x00fd, 0x0205, 0x0204, 0x0006, 0x0207, 0x003c, 0x00fc, 0x0809, 0x000a, 0x002f),
        row: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(65_535)),
        col: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(255, 256, 65_535)),
        rest: fc.uint8Array({ maxLength: 24 })
      }),
      { maxLength: 40 }
    ),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 0, max: 400 }),
    fc.constantFrom(0x0600, 0x0600, 0x0500)
  )
  .map(([records, sheets, padding, version]): FuzzInput => {
    const cells = records.map(({ type, row, col, rest }) => {
      const payload = new Uint8Array(4 + rest.length)
      new DataView(payload.buffer).setUint16(0, row, true)
      new DataView(payload.buffer).setUint16(2, col, true)
      payload.set(rest, 4)
      return record(type, payload)
    })
    // Padding records push the stream past 4,096 bytes, out of the mini stream, so the direct reader reads it.
    for (let k = 0; k < padding; k++) cells.push(record(0x0203, new Uint8Array(14)))
    const stream = biff8Stream(cells, sheets)
    // BIFF5 (Excel 5/95) in the workbook BOF sends the stream to SheetJS, after the record check.
    new DataView(stream.buffer, stream.byteOffset).setUint16(4, version, true)
    return { name: 'export.xls', bytes: xlsOf(stream) }
  })

function split(bytes: Uint8Array): { header: ArchiveHeader; payload: Uint8Array } {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, false)
  return {
    header: JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))) as ArchiveHeader,
    payload: bytes.subarray(PREAMBLE_BYTES + length, bytes.length - TRAILER_BYTES)
  }
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

async function gunzip(bytes: Uint8Array): Promise<string> {
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
}

interface Target {
  name: string
  /** Runs at scale 1: the number the unit tests use for the same property. */
  runs: number
  input: fc.Arbitrary<FuzzInput | Promise<FuzzInput>>
}

async function targets(): Promise<Target[]> {
  const matrix = await ohchrMatrixDocx()
  const report = await reportDocx()
  const pdf = reportPdf()
  const measures = measuresXlsx()
  const plain = await sampleArchive()
  const encrypted = await sampleArchive({ passphrase: ARCHIVE_PASSPHRASE, iterations: 1_000 })
  const empty = await sampleArchive({ tables: {} })
  const plainContent = await gunzip(split(plain).payload)
  const jsonValue = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-1), fc.constant(1e12), fc.array(fc.integer(), { maxLength: 3 }))
  const headerKey = fc.constantFrom('format', 'formatVersion', 'appVersion', 'schemaVersion', 'createdAt', 'purpose', 'scope', 'counts', 'content', 'extra')
  const contentKey = fc.constantFrom('bytes', 'uncompressedBytes', 'sha256', 'compression', 'encryption')
  const xlsxNames = fc.constantFrom('export.xlsx', 'export.xls', 'uhri.xlsx')
  return [
    { name: 'wg-report', runs: 400, input: fc.oneof(mutatedText(REPORT_TEXT), mutatedText(REPORT_CYCLE1_TEXT)).map((text) => ({ name: 'report.txt', text })) },
    { name: 'addendum', runs: 250, input: fc.oneof(mutatedText(ADDENDUM_TEXT), mutatedText(ADDENDUM_BARE_TEXT)).map((text) => ({ name: 'addendum.txt', text })) },
    { name: 'csv', runs: 1000, input: fc.oneof(mutatedText(UPR_INFO_CSV).map(encode), mutatedBytes(encode(UPR_INFO_CSV)), mutatedBytes(UPR_INFO_CSV_1252)).map(named('export.csv')) },
    { name: 'spreadsheet-bytes', runs: 200, input: fc.tuple(fc.oneof(mutatedBytes(UPR_INFO_XLSX), mutatedBytes(UPR_INFO_XLS), mutatedBytes(UHRI_XLSX), mutatedBytes(measures)), xlsxNames).map(([bytes, name]) => ({ name, bytes })) },
    {
      name: 'sheet-xml',
      runs: 150,
      input: fc.oneof(mutatedZipXml(UPR_INFO_XLSX, ['xl/worksheets/sheet1.xml', 'xl/workbook.xml']), mutatedZipXml(UHRI_XLSX, ['xl/worksheets/sheet1.xml']), mutatedZipXml(measures, ['xl/worksheets/sheet1.xml'])).map(async (p) => ({ name: 'export.xlsx', bytes: await p }))
    },
    { name: 'sheet-structure', runs: 200, input: sheetStructure },
    { name: 'zip-structure', runs: 30, input: zipStructure },
    { name: 'biff8-structure', runs: 200, input: biff8Structure },
    { name: 'measures', runs: 200, input: fc.oneof(mutatedText(MEASURES_CSV).map(encode).map(named('measures.csv')), mutatedBytes(measures).map(named('measures.xlsx'))) },
    { name: 'docx-bytes', runs: 300, input: fc.oneof(mutatedBytes(matrix), mutatedBytes(report)).map(named('matrix.docx')) },
    { name: 'docx-xml', runs: 150, input: fc.oneof(mutatedZipXml(matrix, ['word/document.xml']), mutatedZipXml(report, ['word/document.xml'])).map(async (p) => ({ name: 'matrix.docx', bytes: await p })) },
    { name: 'pdf', runs: 100, input: fc.oneof(mutatedBytes(pdf), mutatedText(new TextDecoder('latin1').decode(pdf)).map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff))).map(named('report.pdf')) },
    { name: 'any-bytes', runs: 500, input: fc.tuple(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.pdf', 'a.docx', 'a.xlsx', 'a.xls', 'a.csv', 'a.txt', 'a')).map(([bytes, name]) => ({ name, bytes })) },
    { name: 'archive-bytes', runs: 1500, input: fc.oneof(mutatedBytes(plain), mutatedBytes(encrypted), mutatedBytes(empty)).map(named('backup.uprdesk')) },
    {
      name: 'archive-header',
      runs: 1000,
      input: fc.tuple(fc.constantFrom(plain, encrypted, empty), fc.array(fc.tuple(headerKey, fc.option(contentKey, { nil: undefined }), fc.option(jsonValue, { nil: undefined })), { minLength: 1, maxLength: 4 })).map(async ([base, edits]) => {
        const { header, payload } = split(base)
        const changed = structuredClone(header) as unknown as Record<string, unknown>
        for (const [key, sub, value] of edits) {
          const target = sub && typeof changed[key] === 'object' && changed[key] !== null ? (changed[key] as Record<string, unknown>) : changed
          const field = sub && target !== changed ? sub : key
          if (value === undefined) delete target[field]
          else target[field] = value
        }
        return { name: 'backup.uprdesk', bytes: await assemble(changed as unknown as ArchiveHeader, payload) }
      })
    },
    {
      name: 'archive-content',
      runs: 800,
      input: fc.tuple(mutatedText(plainContent), fc.boolean()).map(async ([text, keepCounts]) => {
        const { header } = split(plain)
        const compressed = await gzip(text)
        const counts = keepCounts ? header.counts : Object.fromEntries(Object.keys(header.counts).map((k) => [k, 0]))
        const forged: ArchiveHeader = { ...header, counts, content: { ...header.content, bytes: compressed.byteLength, uncompressedBytes: encode(text).byteLength, sha256: await sha256Hex(compressed) } }
        return { name: 'backup.uprdesk', bytes: await assemble(forged, compressed) }
      })
    }
  ]
}

// --- The hunt ----------------------------------------------------------------------------------

interface Finding {
  target: string
  seed: number
  path: string
  problem: string
  input: FuzzInput
}

function printable(input: FuzzInput): Record<string, unknown> {
  return { name: input.name, ...(input.bytes ? { bytesBase64: Buffer.from(input.bytes).toString('base64'), bytes: input.bytes.length } : {}), ...(input.text !== undefined ? { text: input.text } : {}) }
}

async function main(): Promise<void> {
  const runner = new Runner()
  const all = (await targets()).filter((t) => !only || only.includes(t.name))
  const until = Date.now() + minutes * 60_000
  const findings: Finding[] = []
  const summary: { target: string; seed: number; runs: number; planned: number; seconds: number; found: boolean }[] = []
  log(`fuzz: ${all.length} targets at scale ${scale}, at most ${minutes} min; heap ${heapMb} MB, RSS ${rssMb} MB, ${caseSeconds} s per case`)
  for (let i = 0; i < all.length && Date.now() < until; i++) {
    const target = all[i]!
    const seed = fixedSeed ?? (Math.random() * 2 ** 31) | 0
    const planned = Math.ceil(target.runs * scale)
    const share = Math.max(1_000, Math.floor((until - Date.now()) / (all.length - i)))
    let lastProblem = ''
    const started = Date.now()
    const details = await fc.check(
      fc.asyncProperty(target.input, async (pending) => {
        const problem = await runner.run(target.name, await pending)
        if (problem) lastProblem = problem
        return problem === null
      }),
      { seed, numRuns: planned, interruptAfterTimeLimit: share, markInterruptAsFailure: false, ...(replayPath ? { path: replayPath } : {}) }
    )
    const seconds = Math.round((Date.now() - started) / 1000)
    summary.push({ target: target.name, seed, runs: details.numRuns, planned, seconds, found: details.failed })
    log(`  ${target.name}: ${details.numRuns}/${planned} runs in ${seconds} s, seed ${seed}${details.failed ? ' — FOUND SOMETHING' : ''}${details.interrupted ? ' (time share used up)' : ''}`)
    if (details.failed && details.counterexample) {
      const input = await details.counterexample[0]
      // Run the shrunk input once more for its own message (the last one seen may be a shrinking step's).
      const problem = (await runner.run(target.name, input)) ?? lastProblem
      findings.push({ target: target.name, seed, path: details.counterexamplePath ?? '', problem, input })
    }
  }
  runner.stop()
  process.stdout.write(`${JSON.stringify({ scale, minutes, childRestarts: runner.restarts, targets: summary, findings: findings.map((f) => ({ ...f, input: printable(f.input), replay: `npm run fuzz -- --only ${f.target} --seed ${f.seed} --path ${f.path}` })) }, null, 2)}\n`)
  process.exit(findings.length > 0 ? 1 : 0)
}

await main()
