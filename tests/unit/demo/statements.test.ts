import { describe, expect, it } from 'vitest'
import { buildDemoMission, isDemoId } from '../../../src-renderer/demo'
import { STATEMENT_KINDS } from '../../../src-renderer/domain/model'
import { FIELD, rationaleKey } from '../../../src-renderer/domain/statements/fields'
import { parseRichDoc, richDocText } from '../../../src-renderer/domain/statements/rich-text'
import { checkSmart } from '../../../src-renderer/domain/statements/smart'

describe('demo statements', () => {
  const demo = buildDemoMission('2026-12-01')

  it('has one statement of every kind, with demo ids, parseable content and a history', () => {
    expect(new Set(demo.statements.map((s) => s.kind))).toEqual(new Set(STATEMENT_KINDS))
    for (const s of demo.statements) {
      expect(isDemoId(s.id)).toBe(true)
      expect(richDocText(parseRichDoc(s.content)).length).toBeGreaterThan(40)
      const versions = demo.statementVersions.filter((v) => v.statementId === s.id)
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: s.version }, (_, i) => i + 1))
      expect(versions.at(-1)!.content).toBe(s.content)
      expect(versions.every((v) => isDemoId(v.id))).toBe(true)
    }
    expect(new Set(demo.statementVersions.map((v) => v.id)).size).toBe(demo.statementVersions.length)
  })

  it('holds Portugal’s statement at the review of Slovenia, delivered, with its recommendations in the register as made by us', () => {
    const svn = demo.statements.find((s) => s.stateUnderReview === 'SVN' && s.kind === 'recommending-state')!
    expect(svn).toMatchObject({ session: 48, status: 'delivered', deliveredOn: '2025-01-28' })
    expect(svn.recommendations).toHaveLength(2)
    expect(svn.recommendations![0]!.followsUpId).toBe(demo.recommendations.find((r) => r.number === '121.9')!.id)
    const inRegister = demo.recommendations.filter((r) => r.origin.kind === 'statement')
    expect(inRegister.map((r) => r.origin.key)).toEqual([`${svn.id}#1`, `${svn.id}#2`])
    expect(inRegister.every((r) => r.madeByUs && r.recommendingStates[0] === 'PRT' && isDemoId(r.id) && r.session === 48)).toBe(true)
  })

  it('places a draft for the next session after the day it is loaded, with a recommendation the SMART check flags', () => {
    const draft = demo.statements.find((s) => s.kind === 'recommending-state' && s.status === 'draft')!
    expect(draft.session).toBe(54)
    expect(draft.fields[FIELD.date]! >= '2026-12-01').toBe(true)
    expect(checkSmart(draft.recommendations![0]!.text).met).toBeLessThan(checkSmart(draft.recommendations![1]!.text).met)
    const later = buildDemoMission('2027-03-01').statements.find((s) => s.kind === 'recommending-state' && s.status === 'draft')!
    expect(later.session).toBeGreaterThan(54)
  })

  it('gives the plenary statement a rationale for every noted recommendation', () => {
    const plenary = demo.statements.find((s) => s.kind === 'plenary-adoption')!
    const noted = demo.recommendations.filter((r) => r.stateUnderReview === 'PRT' && r.position === 'noted')
    expect(noted.length).toBe(5)
    for (const r of noted) expect(plenary.fields[rationaleKey(r.id)], r.number ?? '').toBeTruthy()
  })

  it('says it is a demo', () => {
    expect(demo.profile.missionName).toContain('DEMO')
    expect(demo.statements.some((s) => JSON.stringify(s.fields).includes('(demo)'))).toBe(true)
  })
})
