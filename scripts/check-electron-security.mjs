// Static Electron security check: runs electronegativity over the main process (src-main) together with
// the renderer's index.html (so its CSP meta tag is seen), parses the CSV report and prints a JSON summary.
// Exit 0: no HIGH or MEDIUM finding except the standing PRELOAD_JS_CHECK review note.
// Exit 1: blocking findings. Exit 2: the check itself could not run or could not read every file.
// Reviewed findings are silenced in the code with `// eng-disable <CHECK_ID>` plus a comment saying why.
import { spawnSync } from 'node:child_process'
import { access, cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ELECTRON_VERSION = '45.5.0'
const ACCEPTED_CHECKS = new Set(['PRELOAD_JS_CHECK'])
const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM'])
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']
const SCANNED_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'])
const ATTEMPTS = 3

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// Optional first argument: another project folder to scan (used to check the checker on bad fixtures).
const root = process.argv[2] ? resolve(process.argv[2]) : projectRoot
const require = createRequire(join(projectRoot, 'package.json'))

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, "" as an escaped quote). */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''))
}

/** Turns report rows into findings; returns null when a row is malformed (the tool writes the CSV racily). */
function toFindings(rows) {
  const findings = []
  for (const row of rows) {
    if (row[0]?.trim() === 'issue') continue
    const [id, severity, confidence, file, location, sample, description, url] = row
    const wellFormed =
      row.length === 8 && /^[A-Z0-9_]+$/.test(id) && SEVERITIES.includes(severity) && typeof url === 'string' && url.endsWith(`/${id}`)
    if (!wellFormed) return null
    findings.push({ id, severity, confidence, file, location, sample, description })
  }
  return findings
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && SCANNED_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
}

async function exists(path) {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

// electronegativity silently skips files it cannot parse when writing a report: parse them here with
// its own parser so an unreadable file fails the check instead of passing it.
async function unparsableFiles(stage, files) {
  const { Parser } = require('@doyensec/electronegativity/dist/parser/index.js')
  const parser = new Parser(false, true)
  const failures = []
  for (const file of files) {
    try {
      parser.parse(file, await readFile(file))
    } catch (error) {
      failures.push({ file: relative(stage, file), error: String(error instanceof Error ? error.message : error) })
    }
  }
  return failures
}

function runElectronegativity(stage, csvPath) {
  const pkg = require('@doyensec/electronegativity/package.json')
  const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), pkg.bin.electronegativity)
  const result = spawnSync(process.execPath, [bin, '-i', stage, '-e', ELECTRON_VERSION, '-o', csvPath, '-r'], {
    encoding: 'utf8',
    timeout: 180_000
  })
  return { version: pkg.version, status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(), error: result.error }
}

/** Runs the whole check; resolves the JSON summary and the exit code. */
async function check() {
  const stage = await mkdtemp(join(tmpdir(), 'upr-desk-electronegativity-'))
  try {
    await cp(join(root, 'src-main'), join(stage, 'src-main'), { recursive: true })
    const indexHtml = join(root, 'src-renderer', 'index.html')
    const cspScanned = await exists(indexHtml)
    if (cspScanned) {
      await mkdir(join(stage, 'src-renderer'), { recursive: true })
      await cp(indexHtml, join(stage, 'src-renderer', 'index.html'))
    }
    const files = await listFiles(stage)
    const scanned = files.map((file) => relative(stage, file).split('\\').join('/')).sort()

    const unparsed = await unparsableFiles(stage, files)
    if (unparsed.length > 0) return [{ ok: false, reason: 'files electronegativity cannot parse', unparsed }, 2]

    let findings = null
    let run = null
    for (let attempt = 1; attempt <= ATTEMPTS && findings === null; attempt += 1) {
      const csvPath = join(stage, `report-${attempt}.csv`)
      run = runElectronegativity(stage, csvPath)
      if (run.error || run.status !== 0 || !(await exists(csvPath))) continue
      findings = toFindings(parseCsv(await readFile(csvPath, 'utf8')))
    }
    if (findings === null) {
      return [{ ok: false, reason: 'electronegativity did not produce a readable report', status: run?.status, output: run?.output }, 2]
    }

    const isBlocking = (f) => BLOCKING_SEVERITIES.has(f.severity) && !ACCEPTED_CHECKS.has(f.id)
    const brief = ({ id, severity, confidence, file, location, description }) => ({ id, severity, confidence, file, location, description })
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]))
    const blocking = findings.filter(isBlocking).map(brief)
    const summary = {
      ok: blocking.length === 0,
      tool: `electronegativity ${run?.version}`,
      electronVersion: ELECTRON_VERSION,
      scanned,
      cspScanned,
      counts,
      blocking,
      accepted: findings.filter((f) => !isBlocking(f) && ACCEPTED_CHECKS.has(f.id)).map(brief),
      other: findings.filter((f) => !isBlocking(f) && !ACCEPTED_CHECKS.has(f.id)).map(brief),
      // e.g. "No connectivity": then the check for Electron releases with security fixes did not run.
      toolMessages: (run?.output ?? '').split(/\r?\n/).filter((line) => line.trim() !== '')
    }
    return [summary, summary.ok ? 0 : 1]
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

check().then(
  ([summary, code]) => {
    console.log(JSON.stringify(summary, null, 2))
    process.exitCode = code
  },
  (error) => {
    console.error(error)
    process.exitCode = 2
  }
)
