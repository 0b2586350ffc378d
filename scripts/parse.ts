// `npm run --silent parse -- <file> [<addendum>]`: the app's import code without the UI.
// Detects the format, parses, applies the addendum, classifies, and prints JSON on stdout.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { suggestActionCategory } from '../src-renderer/domain/action-category'
import { suggestThemes } from '../src-renderer/domain/classify-text'
import { parseReportWithAddendum, parseSource } from '../src-renderer/import/parse-source'
import type { ParseResult } from '../src-renderer/import/types'
import { findState } from '../src-renderer/domain/states'

function usage(): never {
  process.stderr.write('usage: npm run --silent parse -- <file> [<addendum>]\n')
  process.exit(2)
}

function output(result: ParseResult, extraWarnings: ParseResult['warnings'], changes: unknown[]): string {
  return JSON.stringify(
    {
      source: result.source,
      recommendations: result.recommendations.map((r) => {
        const tags = suggestThemes(r.text)
        return {
          number: r.number,
          text: r.text,
          recommendingStates: r.recommendingStatesRaw.map((name) => findState(name)?.name ?? name),
          position: r.position,
          actionCategory: r.sourceActionCategory ?? suggestActionCategory(r.text).category,
          themes: r.sourceThemes?.length ? r.sourceThemes : tags.themes,
          affectedPersons: r.sourceAffectedPersons?.length ? r.sourceAffectedPersons : tags.affectedPersons,
          sdgTargets: r.sourceSdgTargets?.length ? r.sourceSdgTargets : tags.sdgTargets,
          ...(r.note ? { note: r.note } : {}),
          ...(r.stateUnderReviewName ? { stateUnderReview: findState(r.stateUnderReviewName)?.name ?? r.stateUnderReviewName } : {}),
          ...(r.session ? { session: r.session } : {})
        }
      }),
      ...(changes.length ? { addendumChanges: changes } : {}),
      warnings: [...result.warnings, ...extraWarnings]
    },
    null,
    1
  )
}

async function main(): Promise<void> {
  const [file, addendumFile] = process.argv.slice(2)
  if (!file) usage()
  const report = await parseSource(new Uint8Array(await readFile(file)), basename(file))
  const addendum = addendumFile ? await parseSource(new Uint8Array(await readFile(addendumFile)), basename(addendumFile)) : null
  if (report.kind === 'addendum' && !addendum) {
    process.stdout.write(JSON.stringify({ source: report.result.source, positions: report.result.positions, warnings: report.result.warnings }, null, 1) + '\n')
    return
  }
  const combined = await parseReportWithAddendum(report, addendum)
  if (!combined.result) {
    process.stderr.write(`${combined.error?.message ?? 'Nothing could be read.'}\n`)
    process.exit(1)
  }
  if (combined.error) process.stderr.write(`${combined.error.message}\n`)
  process.stdout.write(output(combined.result, combined.warnings, combined.changes) + '\n')
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
