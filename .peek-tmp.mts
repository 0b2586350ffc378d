import fs from 'node:fs'
import { parseUprInfoExport } from './src-renderer/import/upr-info'
import { parseOhchrMatrix } from './src-renderer/import/ohchr-matrix'
for (const f of ['upr-info_export_sessions01-05.xls', 'upr-info_export_sessions06-09.xls']) {
  const b = fs.readFileSync('/work/shared/fixtures/upr-info/' + f)
  const t = performance.now()
  const r = parseUprInfoExport(b, f)
  console.log(f, (performance.now() - t).toFixed(0), 'ms', r.recommendations.length, r.warnings, r.source)
  const c: Record<string, number> = {}
  for (const x of r.recommendations) { c[x.position] = (c[x.position] ?? 0) + 1; c['a' + x.sourceActionCategory] = (c['a' + x.sourceActionCategory] ?? 0) + 1 }
  console.log(c, new Set(r.recommendations.map((x) => x.stateUnderReviewName)).size, r.recommendations[0])
}
for (const f of fs.readdirSync('/work/shared/fixtures/ohchr-matrix')) {
  const b = fs.readFileSync('/work/shared/fixtures/ohchr-matrix/' + f)
  const t = performance.now()
  const r = await parseOhchrMatrix(b, f)
  console.log(f, (performance.now() - t).toFixed(0), 'ms', r.recommendations.length, new Set(r.recommendations.map((x) => x.number)).size, r.warnings, r.source)
  console.log(r.recommendations.slice(0, 3), r.recommendations.filter((x) => x.number === '121.2' || x.number === '122.3'))
  const pos: Record<string, number> = {}; for (const x of r.recommendations) pos[x.position] = (pos[x.position] ?? 0) + 1; console.log(pos)
}
