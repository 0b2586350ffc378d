import { describe, expect, it } from 'vitest'
import { suggestActionCategory } from '../../../src-renderer/domain/action-category'
import type { ActionCategory } from '../../../src-renderer/domain/model'

// Sentences written for these tests (not taken from UPR Info's database).
const CASES: ReadonlyArray<[ActionCategory, string]> = [
  // 1: minimal action, to other States, or asking for assistance / sharing.
  [1, 'Share its experience in reducing maternal mortality with other developing countries.'],
  [1, 'Seek technical assistance from OHCHR to prepare its overdue reports to the treaty bodies.'],
  [1, 'Request technical assistance from the international community to strengthen its national human rights institution.'],
  [1, "Call on the international community to support the country's reconstruction efforts."],
  [1, 'That the international community provide financial support to the reform of the education system.'],
  [1, 'Recommended that the State share its good practices on social protection.'],
  // 2: continuing.
  [2, 'Continue its efforts to reduce poverty in rural areas.'],
  [2, 'Maintain its moratorium on executions.'],
  [2, 'Pursue the reform of the prison system.'],
  [2, 'Persevere in its efforts to promote gender equality.'],
  [2, 'Continue to implement the national action plan against trafficking in persons.'],
  [2, 'The State should continue its efforts to protect the rights of migrant workers.'],
  // 3: considering.
  [3, 'Consider ratifying the Optional Protocol to the Convention against Torture.'],
  [3, 'Consider the possibility of abolishing the death penalty.'],
  [3, 'Study the possibility of establishing a national preventive mechanism.'],
  [3, 'Review its legislation on freedom of peaceful assembly.'],
  [3, 'Explore ways to reduce overcrowding in prisons.'],
  [3, 'Give serious consideration to withdrawing its reservations to CEDAW.'],
  [3, 'Envisage the adoption of a law on domestic violence.'],
  [3, 'To consider ratifying the Convention on the Rights of Migrant Workers.'],
  [3, 'Undertake a comprehensive study on the causes of school drop-out.'],
  // 4: general action.
  [4, 'Take measures to improve access to health care in rural areas.'],
  [4, 'Ensure that all children have access to free primary education.'],
  [4, 'Strengthen its efforts to combat trafficking in persons.'],
  [4, 'Take all necessary measures to guarantee the independence of the judiciary.'],
  [4, 'Intensify efforts to eliminate discrimination against Roma.'],
  [4, 'Adopt measures to protect journalists from harassment.'],
  [4, 'Redouble its efforts to reduce maternal mortality.'],
  [4, 'Promote the participation of women in political life.'],
  [4, 'Make efforts to increase the enrolment of girls in secondary schools.'],
  // 5: specific action, legal verbs included.
  [5, 'Ratify the Convention on the Rights of Persons with Disabilities.'],
  [5, 'Accede to the 1951 Convention relating to the Status of Refugees.'],
  [5, 'Abolish the death penalty for all crimes.'],
  [5, 'Amend the Penal Code to criminalize marital rape.'],
  [5, 'Adopt a comprehensive anti-discrimination law.'],
  [5, 'Establish a national human rights institution in line with the Paris Principles.'],
  [5, 'Extend a standing invitation to all special procedures.'],
  [5, 'Investigate all allegations of torture and bring the perpetrators to justice.'],
  [5, 'Fully implement the recommendations of the Committee on the Rights of the Child.'],
  [5, 'Put in place a national mechanism for reporting and follow-up.'],
  // Boilerplate in front of the operative verb.
  [5, 'That the Government adopt a law on domestic violence.'],
  [5, 'In line with the recommendations of CEDAW, repeal the discriminatory provisions of the Personal Status Code.'],
  [5, 'Recommended that a national human rights commission be established.'],
  [5, 'Recommended the ratification of the Convention against Torture.']
]

describe('suggestActionCategory: own sentences', () => {
  it.each(CASES)('category %i: %s', (category, text) => {
    expect(suggestActionCategory(text).category).toBe(category)
  })

  it('covers every category with several sentences', () => {
    for (const c of [1, 2, 3, 4, 5] as const) {
      expect(CASES.filter(([k]) => k === c).length).toBeGreaterThanOrEqual(5)
    }
  })
})

describe('suggestActionCategory: the rules in DOMAIN.md', () => {
  it('ranks the example verbs of each category', () => {
    expect(suggestActionCategory('Share its experiences with other States.').category).toBe(1)
    expect(suggestActionCategory('Continue its work on the national strategy.').category).toBe(2)
    expect(suggestActionCategory('Consider ratifying the Convention.').category).toBe(3)
    expect(suggestActionCategory("Improve women's rights.").category).toBe(4)
    expect(suggestActionCategory('Amend the legislation on nationality.').category).toBe(5)
  })

  it('when a recommendation starts with two verbs, the second counts', () => {
    const r = suggestActionCategory('Continue and strengthen its programmes for persons with disabilities.')
    expect(r.category).toBe(4)
    expect(r.rule).toBe('second-verb')
    expect(r.decidingWords).toEqual(['Continue', 'strengthen'])
    expect(suggestActionCategory('Continue and intensify its efforts to combat violence against women.').category).toBe(4)
    expect(suggestActionCategory('Sign and ratify the Second Optional Protocol to the ICCPR.').category).toBe(5)
    expect(suggestActionCategory('Adopt and implement a national action plan on human rights.').category).toBe(5)
  })

  it('a general action followed by a specific example counts as 5', () => {
    const r = suggestActionCategory("Improve women's rights by amending the family code")
    expect(r).toEqual({ category: 5, decidingWords: ['Improve', 'amending'], rule: 'general-then-specific' })
    const s = suggestActionCategory('Strengthen the protection of children, including by raising the minimum age of marriage to 18.')
    expect(s.category).toBe(5)
    expect(s.decidingWords).toContain('raising')
  })

  it('with two actions of even weight, the first counts', () => {
    expect(suggestActionCategory('Continue its efforts to reduce poverty and ensure access to clean water.').category).toBe(2)
    expect(suggestActionCategory('Consider ratifying the ICRMW and adopt a law on asylum.').category).toBe(3)
  })

  it('reads "consider" before the specific verb it governs', () => {
    expect(suggestActionCategory('Consider acceding to the Convention on the Reduction of Statelessness.').category).toBe(3)
    expect(suggestActionCategory('Favourably consider the abolition of the death penalty.').category).toBe(3)
  })

  it('weighs the object of verbs such as adopt and implement', () => {
    expect(suggestActionCategory('Adopt measures to protect journalists.').category).toBe(4)
    expect(suggestActionCategory('Adopt a law to protect journalists.').category).toBe(5)
    expect(suggestActionCategory('Implement measures to reduce prison overcrowding.').category).toBe(4)
    expect(suggestActionCategory('Implement the recommendations of the Committee against Torture.').category).toBe(5)
  })
})

describe('suggestActionCategory: boilerplate and shapes', () => {
  it('skips leading boilerplate', () => {
    expect(suggestActionCategory('To ratify the Convention against Torture.').category).toBe(5)
    expect(suggestActionCategory('That the Government continue its cooperation with civil society.').category).toBe(2)
    expect(suggestActionCategory('It is recommended that the State consider abolishing the death penalty.').category).toBe(3)
    expect(suggestActionCategory('As a matter of priority, establish an independent national human rights institution.').category).toBe(5)
    expect(suggestActionCategory('While noting the progress made, take further steps to reduce child labour.').category).toBe(4)
  })

  it('reads passives, gerunds and nouns of action', () => {
    expect(suggestActionCategory('Recommended that steps be taken to improve prison conditions.').category).toBe(4)
    expect(suggestActionCategory('Recommended ratifying the Optional Protocol to CEDAW.').category).toBe(5)
    expect(suggestActionCategory('Recommended the continuation of its cooperation with OHCHR.').category).toBe(2)
    expect(suggestActionCategory('Indonesia is encouraged to continue its human rights training for the police.').category).toBe(2)
  })

  it('treats "seek to" by the verb that follows, "call on" as minimal', () => {
    expect(suggestActionCategory('Seek to improve the enrolment rate of girls.').category).toBe(4)
    expect(suggestActionCategory('Call upon donors to fund the national plan on education.').category).toBe(1)
  })

  it('returns the deciding words as written in the text', () => {
    const r = suggestActionCategory('  Fully IMPLEMENT the Domestic Violence Act.')
    expect(r.category).toBe(5)
    expect(r.decidingWords[0]).toBe('IMPLEMENT')
    for (const w of suggestActionCategory('Take all necessary measures to end child marriage.').decidingWords) {
      expect('Take all necessary measures to end child marriage.').toContain(w)
    }
  })

  it('never throws and falls back to 4 on text without a verb', () => {
    for (const text of ['', '   ', '12.3', 'Human rights.', '(;:,.)', 'é'.repeat(5000)]) {
      const r = suggestActionCategory(text)
      expect([1, 2, 3, 4, 5]).toContain(r.category)
      expect(Array.isArray(r.decidingWords)).toBe(true)
    }
    expect(suggestActionCategory('').rule).toBe('default')
  })

  it('handles curly apostrophes and hyphenated verbs', () => {
    expect(suggestActionCategory('Re-establish the National Commission for Women\u2019s rights.').category).toBe(5)
    expect(suggestActionCategory('Re-examine the law on associations.').category).toBe(3)
  })

  it('gives every text a category from 1 to 5, the same on every call', () => {
    // Speed is measured by `npm run bench` (parsing.actionCategory100k), not asserted here.
    const texts = CASES.map(([, t]) => t)
    const first = texts.map((t) => suggestActionCategory(t).category)
    expect(texts.map((t) => suggestActionCategory(t).category)).toEqual(first)
    expect(first.every((c) => c >= 1 && c <= 5)).toBe(true)
  })
})
