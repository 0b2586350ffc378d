/**
 * `npm run samples`: writes one example of every document UPR Desk exports, from the demo mission, to
 * out/samples/ (Word files, calendars). Each area lists its samples in scripts/samples/<area>.ts.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { buildDemoMission } from '../src-renderer/demo'
import type { SampleWriter } from './samples/types'
import { measureSamples } from './samples/measures'
import { reviewSamples } from './samples/review'
import { statementSamples } from './samples/statements'

const WRITERS: readonly SampleWriter[] = [...statementSamples, ...reviewSamples, ...measureSamples]

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'out/samples')
  await mkdir(outDir, { recursive: true })
  // A fixed day, so the samples are the same from one run to the next.
  const demo = buildDemoMission(process.env['SAMPLES_TODAY'] ?? '2026-12-01')
  const written: { file: string; bytes: number }[] = []
  for (const writer of WRITERS) {
    const { fileName, bytes } = await writer.build(demo)
    const path = join(outDir, fileName)
    // Atomic: a half-written sample never replaces a good one.
    await writeFile(`${path}.tmp`, bytes)
    await rename(`${path}.tmp`, path)
    written.push({ file: fileName, bytes: bytes.byteLength })
  }
  process.stdout.write(`${JSON.stringify({ outDir, written }, null, 2)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
