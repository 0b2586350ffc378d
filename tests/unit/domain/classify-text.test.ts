import { describe, expect, it } from 'vitest'
import { canonicalIssue, suggestThemes, SUGGESTABLE_IDS } from '../../../src-renderer/domain/classify-text'
import { UPR_INFO_ISSUES } from '../../../resources/reference/upr-info-issues'
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { SDG_TARGETS } from '../../../resources/reference/sdgs'

// Sentences written for these tests (not taken from UPR Info's database).
interface Case {
  text: string
  themes?: string[]
  persons?: string[]
  sdgs?: string[]
  notThemes?: string[]
}

const CASES: readonly Case[] = [
  {
    text: 'Ratify the Convention against Torture and its Optional Protocol.',
    themes: ['International instruments', 'Torture and other CID treatment', 'Detention conditions']
  },
  {
    text: 'Adopt a law criminalizing domestic violence and marital rape.',
    themes: ["Women's rights", 'Rights of the Child'],
    persons: ['women'],
    sdgs: ['5.2'],
    notThemes: ['Public security']
  },
  {
    text: 'Ensure free primary education for all children, including girls in rural areas.',
    themes: ['Right to education', 'Rights of the Child'],
    persons: ['children', 'girls', 'persons-living-in-rural-areas'],
    sdgs: ['4.1']
  },
  {
    text: 'Establish a national human rights institution in line with the Paris Principles.',
    themes: ['NHRI'],
    sdgs: ['16.a']
  },
  { text: 'Abolish the death penalty and commute all death sentences.', themes: ['Death penalty'] },
  {
    text: 'Guarantee universal health coverage and access to essential medicines, including for persons living with HIV.',
    themes: ['Right to health', 'HIV - Aids'],
    persons: ['persons-living-with-hiv-aids'],
    sdgs: ['3.8', '3.3']
  },
  {
    text: 'Provide adequate housing to persons living in informal settlements and halt forced evictions.',
    themes: ['Right to housing'],
    persons: ['persons-in-informal-settlements'],
    sdgs: ['11.1']
  },
  {
    text: 'Protect health workers and sanitation workers during the COVID-19 pandemic.',
    persons: ['health-workers', 'essential-workers'],
    sdgs: ['3.c', '3.d'],
    notThemes: ['Right to water']
  },
  {
    text: 'Decriminalize same-sex relations between consenting adults and protect LGBTI persons from violence.',
    themes: ['Sexual Orientation and Gender Identity'],
    persons: ['lgbti-persons']
  },
  {
    text: 'Ensure access to safe drinking water and sanitation in rural areas.',
    themes: ['Right to water'],
    sdgs: ['6.1', '6.2']
  },
  {
    text: 'Combat trafficking in persons, in particular of women and children, and forced labour.',
    themes: ['Trafficking'],
    persons: ['women', 'children'],
    sdgs: ['8.7']
  },
  { text: 'Extend a standing invitation to all special procedures.', themes: ['Special procedures'] },
  {
    text: 'Protect journalists and human rights defenders from harassment and guarantee freedom of expression.',
    themes: ['Freedom of the press', 'Human rights defenders', 'Freedom of opinion and expression'],
    persons: ['media', 'human-rights-defenders'],
    sdgs: ['16.10']
  },
  {
    text: 'Strengthen social protection for older persons and persons with disabilities.',
    themes: ['Disabilities'],
    persons: ['older-persons', 'persons-with-disabilities'],
    sdgs: ['1.3']
  },
  {
    text: 'Ensure that migrants, refugees and asylum-seekers have access to health services.',
    themes: ['Migrants', 'Asylum-seekers - refugees'],
    persons: ['migrants', 'refugees-and-asylum-seekers'],
    sdgs: ['10.7', '3.8']
  },
  {
    text: 'Guarantee the independence of the judiciary and access to justice for indigenous peoples.',
    themes: ['Justice', 'Indigenous peoples'],
    persons: ['indigenous-peoples'],
    sdgs: ['16.3']
  },
  { text: 'Submit its overdue reports to the treaty bodies.', themes: ['Treaty bodies'] },
  {
    text: 'Investigate all allegations of extrajudicial killings by the police and end impunity.',
    themes: ['Extrajudicial executions', 'Impunity', 'Human rights violations by state agents'],
    persons: ['law-enforcement-officials'],
    sdgs: ['16.1']
  },
  {
    text: 'Involve civil society in the follow-up to the universal periodic review.',
    themes: ['Civil society', 'UPR process'],
    persons: ['civil-society']
  },
  {
    text: 'Eliminate female genital mutilation and child marriage.',
    themes: ["Women's rights", 'Rights of the Child', 'Torture and other CID treatment'],
    sdgs: ['5.3']
  },
  { text: 'Ensure birth registration for all children.', themes: ['Rights of the Child'], sdgs: ['16.9'] },
  {
    text: 'Seek technical assistance from OHCHR to combat corruption in the public administration.',
    themes: ['Technical assistance', 'Corruption'],
    sdgs: ['16.5', '17.9']
  },
  {
    text: 'Adopt a national action plan to eradicate extreme poverty and hunger.',
    themes: ['National plan of action', 'Poverty', 'Right to food'],
    persons: ['persons-living-in-poverty'],
    sdgs: ['1.1', '2.1']
  },
  {
    text: 'Respect the right to peaceful assembly and release the protesters arrested during the elections.',
    themes: ['Freedom of association and peaceful assembly', 'Elections']
  }
]

describe('suggestThemes: own sentences', () => {
  it.each(CASES)('$text', (c) => {
    const r = suggestThemes(c.text)
    for (const t of c.themes ?? []) expect(r.themes).toContain(t)
    for (const p of c.persons ?? []) expect(r.affectedPersons).toContain(p)
    for (const s of c.sdgs ?? []) expect(r.sdgTargets).toContain(s)
    for (const t of c.notThemes ?? []) expect(r.themes).not.toContain(t)
  })

  it('gives, for every suggestion, the words of the text that triggered it', () => {
    for (const c of CASES) {
      const r = suggestThemes(c.text)
      for (const id of [...r.themes, ...r.affectedPersons, ...r.sdgTargets]) {
        const words = r.evidence[id]
        expect(words, `${id} in "${c.text}"`).toBeDefined()
        expect(words!.length).toBeGreaterThan(0)
        for (const w of words!) expect(c.text).toContain(w)
      }
    }
  })

  it('keeps the casing of the text in the evidence and matches curly apostrophes', () => {
    const r = suggestThemes('Protect WOMEN\u2019S rights and the rights of Children.')
    expect(r.themes).toEqual(expect.arrayContaining(["Women's rights", 'Rights of the Child']))
    expect(r.evidence["Women's rights"]).toContain('WOMEN')
    expect(r.evidence['Rights of the Child']).toContain('Children')
    expect(r.sdgTargets).toContain('5.1')
    expect(r.evidence['5.1']).toEqual(['WOMEN\u2019S rights'])
  })
})

describe('suggestThemes: UPR Info conventions', () => {
  it('tags a named treaty as an instrument plus its subject', () => {
    const r = suggestThemes('Ratify the Convention on the Rights of Persons with Disabilities.')
    expect(r.themes).toEqual(expect.arrayContaining(['International instruments', 'Disabilities']))
  })

  it('tags ESC rights only when written out', () => {
    expect(suggestThemes('Promote economic, social and cultural rights.').themes).toContain('ESC rights - general')
    expect(suggestThemes('Improve access to housing and health care.').themes).not.toContain('ESC rights - general')
  })

  it('tags "National plan of action" only when a plan is named', () => {
    expect(suggestThemes('Adopt a national plan of action on human rights.').themes).toContain('National plan of action')
    expect(suggestThemes('Plan how to protect indigenous peoples.').themes).not.toContain('National plan of action')
  })

  it('tags only the group when several rights of one group are listed', () => {
    const r = suggestThemes('Improve access to housing, education and health care for the Roma minority.')
    expect(r.themes).toContain('Minorities')
    expect(r.themes).not.toContain('Right to housing')
    expect(r.themes).not.toContain('Right to education')
  })

  it('does not read "gender identity" as women\'s rights, nor "General Assembly" as assembly', () => {
    expect(suggestThemes('Protect persons on grounds of sexual orientation and gender identity.').themes).not.toContain("Women's rights")
    expect(
      suggestThemes('Support the General Assembly resolution on a moratorium on the death penalty.').themes
    ).not.toContain('Freedom of association and peaceful assembly')
  })

  it('falls back to General or Other only when nothing else applies', () => {
    expect(suggestThemes('Continue its efforts to promote and protect human rights.').themes).toEqual(['General'])
    expect(suggestThemes('Respect the right to privacy.').themes).toEqual(['Other'])
    expect(suggestThemes('Ratify the Convention on human rights.').themes).not.toContain('General')
  })

  it('returns nothing, without throwing, for empty or unrelated text', () => {
    for (const text of ['', '   ', '12.3', 'Thank you, Mr. President.']) {
      const r = suggestThemes(text)
      expect(r.themes).toEqual([])
      expect(r.affectedPersons).toEqual([])
      expect(r.sdgTargets).toEqual([])
      expect(r.evidence).toEqual({})
    }
  })
})

describe('ids', () => {
  it('suggests only ids of the reference lists', () => {
    const issues = new Set(UPR_INFO_ISSUES.map((i) => i.id))
    const persons = new Set(AFFECTED_PERSONS.map((p) => p.id))
    const targets = new Set(SDG_TARGETS.map((t) => t.id))
    for (const id of SUGGESTABLE_IDS.themes) expect(issues.has(id), id).toBe(true)
    for (const id of SUGGESTABLE_IDS.affectedPersons) expect(persons.has(id), id).toBe(true)
    for (const id of SUGGESTABLE_IDS.sdgTargets) expect(targets.has(id), id).toBe(true)
  })

  it('covers every UPR Info issue of the 2014 list', () => {
    const canonical = UPR_INFO_ISSUES.filter((i) => !i.sameAs).map((i) => i.id)
    expect(new Set(SUGGESTABLE_IDS.themes)).toEqual(new Set(canonical))
  })

  it('maps the export spellings of issues to the 2014 labels', () => {
    expect(canonicalIssue('Detention')).toBe('Detention conditions')
    expect(canonicalIssue('Technical assistance and cooperation')).toBe('Technical assistance')
    expect(canonicalIssue(" women's rights ")).toBe("Women's rights")
    expect(canonicalIssue('Not an issue')).toBeNull()
  })
})

describe('suggestThemes: rules tried only where a word starts like one of their phrases', () => {
  // Each text hits a phrase whose literal beginning is unusual: an alternation group, an optional
  // letter, a hyphen that may be missing, the very start of the text, a word after punctuation.
  it.each([
    ['Reform the Supreme Court', 'Justice'],
    ['Reform the constitutional court', 'Justice'],
    ['End honor killings', "Women's rights"],
    ['End honour crimes', "Women's rights"],
    ['Prevent ill-treatment in custody', 'Torture and other CID treatment'],
    ['Prevent illtreatment in custody', 'Torture and other CID treatment'],
    ['Respect nonrefoulement', 'Asylum-seekers - refugees'],
    ['Torture must end', 'Torture and other CID treatment'],
    ['Combat (torture) and [trafficking]', 'Trafficking'],
    ['Ratify ILO Convention No. 169', 'Indigenous peoples']
  ])('%s -> %s', (text, theme) => {
    expect(suggestThemes(text).themes).toContain(theme)
  })

  it('works out only the kinds asked for', () => {
    const r = suggestThemes('Protect children from violence and ensure access to education', { themes: false, affectedPersons: true, sdgTargets: false })
    expect(r.themes).toEqual([])
    expect(r.sdgTargets).toEqual([])
    expect(r.affectedPersons).toContain('children')
  })
})
