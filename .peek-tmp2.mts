import fs from 'node:fs'
import { read } from '@e965/xlsx'
import { parseUprInfoExport, checkCompoundFile } from './src-renderer/import/upr-info'
import { detectFormat } from './src-renderer/import/detect-format'
const f = 'upr-info_export_sessions01-05.xls'
const b = fs.readFileSync('/work/shared/fixtures/upr-info/' + f)
for (let k = 0; k < 3; k++) {
let t = performance.now(); detectFormat(b, f); const t1 = performance.now() - t
t = performance.now(); checkCompoundFile(b); const t2 = performance.now() - t
t = performance.now(); read(b, { type: 'array', dense: true, cellHTML: false, cellText: false, cellNF: false, cellStyles: false, cellFormula: false, bookVBA: false, WTF: false }); const t3 = performance.now() - t
t = performance.now(); read(b, { type: 'array', dense: true }); const t3b = performance.now() - t
t = performance.now(); parseUprInfoExport(b, f); const t4 = performance.now() - t
t = performance.now(); parseUprInfoExport(new Uint8Array(b), f); const t5 = performance.now() - t
console.log({ detect: t1.toFixed(0), cfb: t2.toFixed(0), read: t3.toFixed(0), readDefault: t3b.toFixed(0), parse: t4.toFixed(0), parseU8: t5.toFixed(0) })
}
