import { describe, expect, it } from 'vitest'
import { FIELD, numberField } from '../../../../src-renderer/domain/statements/fields'
import { richDocText } from '../../../../src-renderer/domain/statements/rich-text'
import { templateFor, type TemplateContext } from '../../../../src-renderer/domain/statements/templates'
import { LANGUAGES, STATEMENT_KINDS } from '../../../../src-renderer/domain/model'

const ctx: TemplateContext = {
  kind: 'recommending-state',
  language: 'en',
  ourState: { iso3: 'PRT', name: 'Portugal' },
  stateUnderReview: { iso3: 'SVN', name: 'Slovenia' },
  session: 48,
  date: '2025-01-28'
}

describe('templates', () => {
  it('pre-fill a recommending-State statement from the State, the State under review and the session', () => {
    const t = templateFor(ctx)
    expect(t.title).toBe('Universal Periodic Review of Slovenia')
    expect(t.fields).toMatchObject({ [FIELD.meeting]: '48th session of the Working Group on the Universal Periodic Review', [FIELD.statementBy]: 'Portugal', [FIELD.date]: '2025-01-28', [FIELD.recommendsIntro]: 'Portugal recommends that Slovenia:' })
    expect(t.fields[FIELD.closing]).toContain('Slovenia')
    const text = richDocText(t.content)
    expect(text).toMatch(/^Thank you, \[Madam\/Mr\] President\.\nPortugal warmly welcomes the delegation of Slovenia/)
    expect(text).toContain('Portugal remains concerned about')
  })

  it('have a body for every kind in every language, in that language', () => {
    for (const language of LANGUAGES) {
      for (const kind of STATEMENT_KINDS) {
        const t = templateFor({ ...ctx, kind, language, stateUnderReview: kind === 'recommending-state' ? ctx.stateUnderReview : { iso3: 'PRT', name: 'Portugal' } })
        expect(richDocText(t.content).length, `${kind} ${language}`).toBeGreaterThan(20)
        expect(t.title.length).toBeGreaterThan(5)
      }
    }
    expect(templateFor({ ...ctx, language: 'fr' }).fields[FIELD.meeting]).toBe('48e session du Groupe de travail sur l’Examen périodique universel')
    expect(templateFor({ ...ctx, language: 'es', kind: 'opening' }).title).toBe('Examen Periódico Universal de Eslovenia')
  })

  it('write the sections of an opening statement and of a position paper as headings', () => {
    const opening = templateFor({ ...ctx, kind: 'opening', stateUnderReview: { iso3: 'PRT', name: 'Portugal' } })
    expect(opening.content.content.filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text)).toContain('Follow-up to the recommendations of the previous cycle')
    const paper = templateFor({ ...ctx, kind: 'position-paper' })
    expect(paper.content.content.some((n) => n.type === 'orderedList')).toBe(true)
    expect(paper.fields[FIELD.annexTheme]).toBe('*')
  })

  it('tell the plenary statement of the State under review from another State’s', () => {
    const own = templateFor({ ...ctx, kind: 'plenary-adoption', stateUnderReview: { iso3: 'PRT', name: 'Portugal' } })
    expect(richDocText(own.content)).toContain('troika')
    const other = templateFor({ ...ctx, kind: 'plenary-adoption' })
    expect(richDocText(other.content)).toContain('congratulates Slovenia')
    expect(own.fields[FIELD.agendaItem]).toBe('Item 6: Universal Periodic Review')
  })

  it('read numbers from fields leniently', () => {
    expect(numberField({ a: ' 80 ' }, 'a')).toBe(80)
    expect(numberField({ a: '1,5' }, 'a')).toBe(1.5)
    for (const bad of ['', 'abc', '-3', '0', '8e2']) expect(numberField({ a: bad }, 'a'), bad).toBeNull()
    expect(numberField({}, 'a')).toBeNull()
  })
})

describe('templates in French and Spanish', () => {
  const fr = (over: Partial<TemplateContext>) => templateFor({ ...ctx, language: 'fr', ...over })
  const es = (over: Partial<TemplateContext>) => templateFor({ ...ctx, language: 'es', ...over })

  it('name the States in the document’s language with their articles and agreement', () => {
    const statement = fr({})
    const text = richDocText(statement.content)
    expect(text).toContain('Le Portugal souhaite la bienvenue à la délégation de la Slovénie et la remercie')
    expect(text).toContain('Le Portugal reste préoccupé par')
    expect(statement.title).toBe('Examen périodique universel de la Slovénie')
    expect(statement.fields[FIELD.recommendsIntro]).toBe('Le Portugal adresse les recommandations suivantes à la Slovénie\u00A0:')
    expect(statement.fields[FIELD.closing]).toContain('à la délégation de la Slovénie')
    expect(statement.fields[FIELD.statementBy]).toBe('Portugal')
    const slovenia = richDocText(fr({ ourState: { iso3: 'SVN', name: 'Slovenia' }, stateUnderReview: { iso3: 'NLD', name: 'Netherlands' } }).content)
    expect(slovenia).toContain('La Slovénie souhaite la bienvenue à la délégation du Royaume des Pays-Bas')
    expect(slovenia).toContain('La Slovénie reste préoccupée par')
    expect(slovenia).not.toMatch(/Slovenia|Netherlands/)
  })

  it('write Spanish with del, al and the UN articles', () => {
    const statement = es({ ourState: { iso3: 'PER', name: 'Peru' }, stateUnderReview: { iso3: 'NLD', name: 'Netherlands' } })
    expect(richDocText(statement.content)).toContain('El Perú da la bienvenida a la delegación del Reino de los Países Bajos')
    expect(statement.fields[FIELD.recommendsIntro]).toBe('El Perú formula al Reino de los Países Bajos las siguientes recomendaciones:')
    expect(es({ kind: 'mid-term-report', ourState: { iso3: 'PER', name: 'Peru' }, stateUnderReview: null, session: 41 }).title).toBe(
      'Informe de mitad de período del Perú sobre la aplicación de las recomendaciones recibidas en el 4º ciclo del Examen Periódico Universal'
    )
    expect(fr({ kind: 'mid-term-report', stateUnderReview: null, session: 1 }).title).toBe(
      'Rapport à mi-parcours du Portugal sur la mise en œuvre des recommandations reçues lors du 1er cycle de l’Examen périodique universel'
    )
    expect(fr({ session: 1 }).fields[FIELD.meeting]).toBe('1re session du Groupe de travail sur l’Examen périodique universel')
  })
})
