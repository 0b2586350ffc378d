import { describe, expect, it } from 'vitest'
import { STATES } from '../../../resources/reference/states'
import { SESSIONS } from '../../../resources/reference/sessions'
import { SDG_GOALS, SDG_TARGETS } from '../../../resources/reference/sdgs'
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { RIGHTS } from '../../../resources/reference/rights'
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { UPR_INFO_ISSUES } from '../../../resources/reference/upr-info-issues'
import { UHRI_THEMES } from '../../../resources/reference/uhri-themes'
import { normaliseStateName } from '../../../src-renderer/domain/states'

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)))
}

describe('States', () => {
  it('lists the 193 Member States and the 2 observer States', () => {
    expect(STATES.filter((s) => s.status === 'member')).toHaveLength(193)
    expect(STATES.filter((s) => s.status === 'observer').map((s) => s.name).sort()).toEqual([
      'Holy See',
      'State of Palestine'
    ])
  })

  it('has unique ISO3 codes', () => {
    expect(duplicates(STATES.map((s) => s.iso3))).toEqual([])
    for (const s of STATES) expect(s.iso3).toMatch(/^[A-Z]{3}$/)
  })

  it('never maps one normalised name or alias to two States, nor repeats one within a State', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const s of STATES) {
      const keys = [s.name, ...s.aliases].map(normaliseStateName)
      expect(duplicates(keys), s.name).toEqual([])
      for (const key of keys) {
        const other = owner.get(key)
        if (other !== undefined && other !== s.iso3) clashes.push(`${key}: ${other} / ${s.iso3}`)
        owner.set(key, s.iso3)
      }
    }
    expect(clashes).toEqual([])
  })

  it('gives every Member State a regional group; only the Holy See has none', () => {
    expect(STATES.filter((s) => s.region === null).map((s) => s.iso3)).toEqual(['VAT'])
    const count = (region: string): number => STATES.filter((s) => s.status === 'member' && s.region === region).length
    expect(count('African')).toBe(54)
    expect(count('Eastern European')).toBe(23)
    expect(count('Latin American and Caribbean')).toBe(33)
  })
})

describe('Sessions', () => {
  it('covers sessions 1-54 in order, each in its cycle', () => {
    expect(SESSIONS.map((s) => s.session)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1))
    for (const s of SESSIONS) {
      const cycle = s.session <= 12 ? 1 : 2 + Math.floor((s.session - 13) / 14)
      expect(s.cycle, `session ${s.session}`).toBe(cycle)
    }
  })

  it('uses known States and well-formed dates', () => {
    const known = new Set(STATES.map((s) => s.iso3))
    for (const s of SESSIONS) {
      for (const st of s.states) expect(known.has(st.iso3), `${st.iso3} in session ${s.session}`).toBe(true)
      expect(duplicates(s.states.map((st) => st.iso3))).toEqual([])
      if (s.start !== null) expect(s.start).toMatch(DATE)
      if (s.end !== null) expect(s.end).toMatch(DATE)
      if (s.start !== null && s.end !== null) expect(s.end >= s.start).toBe(true)
    }
  })

  it('marks the two cycle-4 placements made by the app as uncertain and explains them', () => {
    const s53 = SESSIONS.find((s) => s.session === 53)
    const s54 = SESSIONS.find((s) => s.session === 54)
    expect(SESSIONS.filter((s) => s.states.some((st) => st.iso3 === 'USA')).map((s) => s.session)).toEqual([9, 22, 36, 53])
    expect(s53?.confidence).toBe('uncertain')
    expect(s53?.note).toMatch(/53rd session/)
    expect(s53?.note).toMatch(/November 2026/)
    expect(s54?.states.some((st) => st.iso3 === 'UKR')).toBe(true)
    expect(s54?.confidence).toBe('uncertain')
    expect(s54?.note).toMatch(/not scheduled in any source found/)
  })

  it('keeps the sources of every session', () => {
    for (const s of SESSIONS) expect(s.sources.length, `session ${s.session}`).toBeGreaterThan(0)
  })
})

describe('SDGs', () => {
  it('has the 17 goals, numbered 1-17', () => {
    expect(SDG_GOALS.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
  })

  it('has exactly 169 targets with unique ids that belong to their goal', () => {
    expect(SDG_TARGETS).toHaveLength(169)
    expect(duplicates(SDG_TARGETS.map((t) => t.id))).toEqual([])
    for (const t of SDG_TARGETS) {
      expect(t.id).toMatch(/^\d{1,2}\.(\d{1,2}|[a-d])$/)
      expect(t.id.split('.')[0]).toBe(String(t.goal))
      expect(t.title.length).toBeGreaterThan(0)
    }
    // Targets per goal in resolution 70/1.
    const perGoal = SDG_GOALS.map((g) => SDG_TARGETS.filter((t) => t.goal === g.number).length)
    expect(perGoal).toEqual([7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19])
    for (const id of ['1.3', '1.a', '3.8', '3.b', '5.2', '6.1', '8.5', '16.3', '17.19']) {
      expect(SDG_TARGETS.some((t) => t.id === id), id).toBe(true)
    }
  })
})

describe('Taxonomies', () => {
  it('has the 5 UPR Info action categories with their verbs', () => {
    expect(ACTION_CATEGORIES.map((c) => c.category)).toEqual([1, 2, 3, 4, 5])
    for (const c of ACTION_CATEGORIES) expect(c.verbs.length).toBeGreaterThan(0)
    expect(ACTION_CATEGORIES[3]?.verbs).toContain('strengthen')
    expect(ACTION_CATEGORIES[4]?.verbs).toContain('ratify')
  })

  it('uses unique kebab-case ids for rights, affected persons and UHRI themes', () => {
    for (const list of [RIGHTS, AFFECTED_PERSONS, UHRI_THEMES]) {
      expect(duplicates(list.map((x) => x.id))).toEqual([])
      for (const x of list) expect(x.id).toMatch(KEBAB)
    }
  })

  it('covers the ESC rights and the lockdown-restricted civil and political rights', () => {
    const ids = RIGHTS.map((r) => r.id)
    for (const id of ['health', 'adequate-housing', 'water-and-sanitation', 'food', 'work', 'social-security', 'education']) {
      expect(ids).toContain(id)
    }
    expect(RIGHTS.filter((r) => r.kind === 'civil-political').map((r) => r.id)).toEqual([
      'freedom-of-movement',
      'freedom-of-assembly-and-association',
      'privacy',
      'freedom-of-expression-and-information'
    ])
  })

  it('adds the recover-better groups to the UHRI affected persons', () => {
    expect(AFFECTED_PERSONS.filter((p) => p.source === 'recover-better').map((p) => p.id)).toEqual([
      'health-workers',
      'essential-workers',
      'persons-in-informal-settlements'
    ])
    expect(AFFECTED_PERSONS.filter((p) => p.source === 'uhri').length).toBeGreaterThanOrEqual(27)
  })

  it("uses UPR Info's exact labels as issue ids", () => {
    expect(duplicates(UPR_INFO_ISSUES.map((i) => i.id))).toEqual([])
    for (const i of UPR_INFO_ISSUES) expect(i.id).toBe(i.label)
    const ids = new Set(UPR_INFO_ISSUES.map((i) => i.id))
    for (const i of UPR_INFO_ISSUES) if (i.sameAs !== undefined) expect(ids.has(i.sameAs)).toBe(true)
    expect(UPR_INFO_ISSUES.filter((i) => i.sameAs === undefined)).toHaveLength(54)
    for (const label of ['International instruments', "Women's rights", 'Rights of the Child', 'ESC rights - general', 'Detention']) {
      expect(ids.has(label), label).toBe(true)
    }
  })

  it('includes the UHRI themes named in DOMAIN.md', () => {
    const labels = new Set(UHRI_THEMES.map((t) => t.label.toLowerCase()))
    for (const label of [
      'right to health',
      'right to education',
      'labour rights and right to work',
      'right to social security',
      'right to adequate housing',
      'right to food',
      'right to an adequate standard of living',
      'safe drinking water and sanitation',
      'human rights and poverty',
      'violence against women',
      'migrants',
      'persons with disabilities',
      'national human rights institution',
      'national mechanism for reporting and follow-up',
      'ratification of and accession to international instruments'
    ]) {
      expect(labels.has(label), label).toBe(true)
    }
  })
})
