import fs from 'node:fs'
import { parseOhchrMatrix } from './src-renderer/import/ohchr-matrix'
const states = new Map<string, number>()
for (const f of fs.readdirSync('/work/shared/fixtures/ohchr-matrix')) {
  const r = await parseOhchrMatrix(fs.readFileSync('/work/shared/fixtures/ohchr-matrix/' + f), f)
  console.log(f, r.recommendations.length, r.warnings)
  for (const x of r.recommendations) for (const s of x.recommendingStatesRaw) states.set(s, (states.get(s) ?? 0) + 1)
  for (const x of r.recommendations) if (/\)$|;|\(/.test(x.text)) console.log('TEXT?', x.number, x.text.slice(-80))
  const th = new Set(r.recommendations.flatMap((x) => x.sourceThemes ?? [])); const pe = new Set(r.recommendations.flatMap((x) => x.sourceAffectedPersons ?? [])); const sd = new Set(r.recommendations.flatMap((x) => x.sourceSdgTargets ?? []))
  console.log([...th].length, [...pe].join(' | '), [...sd].join(' '))
  console.log(new Set(r.recommendations.map((x) => x.positionSource)))
}
console.log([...states.keys()].sort().join(' | '))
