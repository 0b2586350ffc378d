import { describe, expect, it } from 'vitest'
import { actionVerbs, checkSmart, type SmartCriterion } from '../../../../src-renderer/domain/statements/smart'

function criterion(text: string, name: SmartCriterion, language: 'en' | 'fr' | 'es' = 'en') {
  return checkSmart(text, language).criteria.find((c) => c.criterion === name)!
}

describe('SMART check', () => {
  it('passes a recommendation with one specific, measurable and time-bound action', () => {
    const check = checkSmart('Adopt a national action plan for the implementation of the Convention on the Rights of Persons with Disabilities, with a timeline and a budget, by the next review')
    expect(check.met).toBe(4)
    expect(check.checked).toBe(4)
    expect(check.verb).toBe('Adopt')
    expect(check.category).toBe(5)
    expect(check.criteria.every((c) => c.hint === null)).toBe(true)
    expect(criterion('Adopt a plan with a budget by 2027', 'time-bound').evidence).toEqual(['by 2027'])
  })

  it('names the verb and its category when the action is general, considering or continuing', () => {
    expect(criterion('Strengthen measures to combat hate speech', 'specific-verb').hint).toEqual({ key: 'generalVerb', params: { verb: 'Strengthen', category: 4 } })
    expect(criterion('Consider ratifying the Optional Protocol', 'specific-verb').hint).toEqual({ key: 'consideringVerb', params: { verb: 'Consider', category: 3 } })
    expect(criterion('Continue its efforts to reduce child poverty', 'specific-verb').hint?.key).toBe('continuingVerb')
    // "Continue and strengthen": the second verb counts (UPR Info's rule), and the hint names it.
    expect(criterion('Continue and strengthen its efforts to combat domestic violence', 'specific-verb').hint).toEqual({ key: 'generalVerb', params: { verb: 'strengthen', category: 4 } })
    expect(criterion('Call on the international community to share information', 'specific-verb').hint?.key).toBe('minimalVerb')
    expect(criterion('the rights of women', 'specific-verb').hint?.key).toBe('noVerb')
  })

  it('finds more than one action, but not two opening verbs or a noun that looks like a verb', () => {
    expect(actionVerbs('Ratify the Optional Protocol and establish a national preventive mechanism')).toEqual(['Ratify', 'establish'])
    expect(actionVerbs('Establish an independent mechanism. Train police officers on human rights.')).toEqual(['Establish', 'Train'])
    expect(actionVerbs('Take measures to reduce early school leaving; and adopt a national strategy')).toEqual(['Take', 'adopt'])
    expect(actionVerbs('Continue and strengthen its efforts to combat domestic violence')).toEqual(['Continue'])
    expect(actionVerbs('Ensure access to health care and support services for victims')).toEqual(['Ensure'])
    expect(criterion('Ratify the Protocol and establish a mechanism', 'one-action').hint).toEqual({ key: 'severalActions', params: { count: 2, first: 'Ratify', second: 'establish' } })
  })

  it('asks for something measurable and a deadline, with hints', () => {
    expect(criterion('Strengthen measures to protect journalists', 'measurable').hint?.key).toBe('notMeasurable')
    expect(criterion('Increase the number of shelters to at least one per district', 'measurable').ok).toBe(true)
    expect(criterion('Reduce the gender pay gap to 5 per cent', 'measurable').evidence[0]).toMatch(/5 per cent/)
    // A ratification is done or not: its outcome can be checked.
    expect(criterion('Ratify the Optional Protocol to the Convention against Torture', 'measurable').ok).toBe(true)
    expect(criterion('Ratify the Optional Protocol', 'time-bound').hint?.key).toBe('notTimeBound')
    for (const deadline of ['by the next review', 'within two years', 'before the end of 2027', 'no later than June 2026', 'by March 2027', 'in the next cycle']) {
      expect(criterion(`Adopt the law ${deadline}`, 'time-bound').ok, deadline).toBe(true)
    }
  })

  it('reads figures and deadlines in French and Spanish, and says the verb rules read English only', () => {
    const fr = checkSmart('Ratifier le Protocole facultatif d’ici 2027, avec des indicateurs', 'fr')
    expect(fr.checked).toBe(2)
    expect(fr.met).toBe(2)
    expect(fr.criteria.find((c) => c.criterion === 'specific-verb')).toMatchObject({ ok: null, hint: { key: 'englishOnly' } })
    expect(criterion('Adoptar una ley antes del próximo examen', 'time-bound', 'es').ok).toBe(true)
  })

  it('treats an empty draft as failing every criterion, and notices a repeat', () => {
    const empty = checkSmart('   ')
    expect(empty.met).toBe(0)
    expect(empty.criteria.every((c) => c.hint?.key === 'empty')).toBe(true)
    expect(checkSmart('Ratify the Convention, as recommended in the previous cycle').saysItRepeats).toBe(true)
  })
})
