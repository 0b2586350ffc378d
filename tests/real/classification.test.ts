/**
 * How well the app's suggestions agree with UPR Info's hand coding, on UPR Info's own exports in
 * ../shared/fixtures (never copied into the repository): the action category (McMahon scale) of every
 * row against the `Action` column, and the suggested issues against the `Issue` column.
 *
 * Prints the figures as JSON. Run: npx vitest run --config vitest.real.config.ts tests/real/classification.test.ts
 *
 * About the figures: the action-category rules are hand-written (no learned model). They were refined
 * by studying sessions 1-5; the 6-9 export served as a check, and a few verb lists were later extended
 * after looking at its unknown opening verbs, so its figure is not a strictly held-out one. The issue
 * rules were tuned on sessions 1-5 only.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { read, utils } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { suggestActionCategory } from '../../src-renderer/domain/action-category'
import { canonicalIssue, suggestThemes } from '../../src-renderer/domain/classify-text'
import type { ActionCategory } from '../../src-renderer/domain/model'
import { REAL_FIXTURES } from '../real-fixtures'

const FIXTURES = resolve(REAL_FIXTURES, 'upr-info')
const EXPORTS = [
  { file: 'upr-info_export_sessions01-05.xls', expectedRows: 6094 },
  { file: 'upr-info_export_sessions06-09.xls', expectedRows: 8343 }
] as const

// Columns of the export: SuR | Rgrp | Org | Recommendation | RS | Rgrp | Org | Response | Action | Issue | Session
const COL_TEXT = 3
const COL_ACTION = 8
const COL_ISSUE = 9

const MIN_AGREEMENT = 0.9
const MIN_ISSUE_PRECISION = 0.7

interface Row {
  text: string
  action: ActionCategory
  issues: string[]
}

function readExport(file: string): Row[] {
  const workbook = read(readFileSync(resolve(FIXTURES, file)))
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? '']
  if (!sheet) return []
  const table = utils.sheet_to_json<unknown[]>(sheet, { header: 1 })
  const rows: Row[] = []
  for (const cells of table.slice(1)) {
    const text = cells[COL_TEXT]
    const action = Number(cells[COL_ACTION])
    if (typeof text !== 'string' || !text.trim() || !(action >= 1 && action <= 5)) continue
    const issues = String(cells[COL_ISSUE] ?? '')
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean)
      .map((label) => canonicalIssue(label) ?? label)
    rows.push({ text, action: action as ActionCategory, issues })
  }
  return rows
}

const round = (x: number): number => Math.round(x * 10000) / 10000

function evaluateActionCategory(rows: readonly Row[]) {
  // confusion[uprInfo - 1][suggested - 1]
  const confusion = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0])
  let agree = 0
  const byRule = new Map<string, { n: number; agree: number }>()
  for (const row of rows) {
    const s = suggestActionCategory(row.text)
    confusion[row.action - 1]![s.category - 1]!++
    if (s.category === row.action) agree++
    const r = byRule.get(s.rule) ?? { n: 0, agree: 0 }
    r.n++
    if (s.category === row.action) r.agree++
    byRule.set(s.rule, r)
  }
  const perCategory: Record<string, { uprInfo: number; suggested: number; agreement: number; precision: number }> = {}
  for (let c = 0; c < 5; c++) {
    const truth = confusion[c]!.reduce((a, b) => a + b, 0)
    const suggested = confusion.reduce((a, row) => a + row[c]!, 0)
    const hit = confusion[c]![c]!
    perCategory[String(c + 1)] = {
      uprInfo: truth,
      suggested,
      agreement: round(truth ? hit / truth : 0),
      precision: round(suggested ? hit / suggested : 0)
    }
  }
  return {
    rows: rows.length,
    agreement: round(agree / rows.length),
    perCategory,
    confusionMatrix: { rowsAreUprInfo_colsAreSuggested: confusion },
    byRule: Object.fromEntries(
      [...byRule.entries()].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, { n: v.n, agreement: round(v.agree / v.n) }])
    )
  }
}

function evaluateIssues(rows: readonly Row[]) {
  const per = new Map<string, { tp: number; fp: number; fn: number }>()
  const get = (id: string) => {
    let v = per.get(id)
    if (!v) per.set(id, (v = { tp: 0, fp: 0, fn: 0 }))
    return v
  }
  let tp = 0
  let fp = 0
  let fn = 0
  for (const row of rows) {
    const truth = new Set(row.issues)
    const suggested = new Set(suggestThemes(row.text).themes)
    for (const id of suggested) {
      if (truth.has(id)) {
        tp++
        get(id).tp++
      } else {
        fp++
        get(id).fp++
      }
    }
    for (const id of truth) {
      if (!suggested.has(id)) {
        fn++
        get(id).fn++
      }
    }
  }
  const top15 = [...per.entries()]
    .sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))
    .slice(0, 15)
    .map(([issue, v]) => ({
      issue,
      tagged: v.tp + v.fn,
      precision: round(v.tp + v.fp ? v.tp / (v.tp + v.fp) : 0),
      recall: round(v.tp + v.fn ? v.tp / (v.tp + v.fn) : 0)
    }))
  const precision = tp / (tp + fp)
  const recall = tp / (tp + fn)
  return {
    micro: { precision: round(precision), recall: round(recall), f1: round((2 * precision * recall) / (precision + recall)) },
    top15
  }
}

const available = EXPORTS.every((e) => existsSync(resolve(FIXTURES, e.file)))
if (!available) console.log(`classification.test.ts skipped: UPR Info exports not found in ${FIXTURES}`)

describe.skipIf(!available)('classification against UPR Info exports', () => {
  const allTexts: string[] = []

  for (const exp of EXPORTS) {
    describe(exp.file, () => {
      const rows = available ? readExport(exp.file) : []
      allTexts.push(...rows.map((r) => r.text))

      it('reads every row', () => {
        expect(rows.length).toBe(exp.expectedRows)
      })

      it(`agrees with UPR Info's action category on at least ${MIN_AGREEMENT * 100} % of rows`, () => {
        const result = evaluateActionCategory(rows)
        console.log(JSON.stringify({ export: exp.file, actionCategory: result }, null, 1))
        expect(result.agreement).toBeGreaterThanOrEqual(MIN_AGREEMENT)
      })

      it(`suggests UPR Info issues with micro precision of at least ${MIN_ISSUE_PRECISION}`, () => {
        const result = evaluateIssues(rows)
        console.log(JSON.stringify({ export: exp.file, issues: result }, null, 1))
        expect(result.micro.precision).toBeGreaterThanOrEqual(MIN_ISSUE_PRECISION)
        expect(result.micro.recall).toBeGreaterThanOrEqual(0.85)
      })
    })
  }

  it('classifies 100,000 real recommendation texts, and prints how long it took (npm run bench measures it)', () => {
    const texts = Array.from({ length: 100_000 }, (_, i) => allTexts[i % allTexts.length]!)
    const timings: number[] = []
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      for (const t of texts) suggestActionCategory(t)
      timings.push(Math.round(performance.now() - start))
    }
    const themeTexts = texts.slice(0, 10_000)
    const themeStart = performance.now()
    for (const t of themeTexts) suggestThemes(t)
    const themesMs = Math.round(performance.now() - themeStart)
    console.log(
      JSON.stringify({ speed: { actionCategory100kMs: timings, bestMs: Math.min(...timings), suggestThemes10kMs: themesMs } })
    )
    // Every text gets a category from 1 to 5, whatever its shape.
    const categories = new Set(texts.map((t) => suggestActionCategory(t).category))
    expect([...categories].every((c) => c >= 1 && c <= 5)).toBe(true)
  })
})
