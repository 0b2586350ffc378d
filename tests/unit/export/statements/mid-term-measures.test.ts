/**
 * The mid-term report lists, for each recommendation, the recovery measures linked to it: the demo is
 * loaded as Settings loads it, the links are read through the measures repository (as the Statements page
 * exports), and the .docx is read back with mammoth, row by row.
 */
import mammoth from 'mammoth'
import { afterEach, describe, expect, it } from 'vitest'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { createRepositories } from '../../../../src-renderer/db/repositories'
import { buildDemoMission } from '../../../../src-renderer/demo'
import { reviewRecommendations, statementDocument } from '../../../../src-renderer/domain/statements/document-data'
import { emblemFromAttachment } from '../../../../src-renderer/export/kit'
import { buildStatementDocx } from '../../../../src-renderer/export/statements'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function demoRepositories() {
  const result = await openDatabase(`mid-term-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  const repositories = createRepositories(result.db)
  const demo = buildDemoMission('2026-12-01')
  await repositories.demo.load(demo)
  return { repositories, demo }
}

/** The text of each row of the document's tables, from mammoth's HTML (cells joined by " | "). */
async function tableRows(bytes: Uint8Array): Promise<string[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()).join(' | ')
  )
}

describe('the mid-term report and the recovery measures', () => {
  it('lists in each recommendation’s row the measures linked to it, read in one transaction, and nothing where none is linked', async () => {
    const { repositories, demo } = await demoRepositories()
    const statement = demo.statements.find((s) => s.kind === 'mid-term-report')!
    const sources = { statement, profile: demo.profile, register: demo.recommendations }
    const review = reviewRecommendations(sources)
    const titles = await repositories.recoveryMeasures.linkedMeasureTitles(review.map((r) => r.id))
    const doc = statementDocument({
      ...sources,
      emblem: emblemFromAttachment(await repositories.emblem.get()).emblem,
      measuresOf: (id) => titles.get(id) ?? []
    })
    const rows = await tableRows(await buildStatementDocx(doc))

    const measureTitles = new Map(demo.recoveryMeasures.map((m) => [m.id, m.title]))
    let linked = 0
    for (const recommendation of review) {
      const row = rows.find((r) => r.startsWith(`${recommendation.number} |`))
      expect(row, recommendation.number!).toBeDefined()
      const expected = demo.recommendationMeasureLinks.filter((l) => l.recommendationId === recommendation.id).map((l) => measureTitles.get(l.measureId)!)
      for (const title of expected) expect(row, `${recommendation.number} lists “${title}”`).toContain(`• ${title}`)
      if (expected.length === 0) expect(row, recommendation.number!).not.toContain('•')
      else linked++
    }
    expect(linked).toBeGreaterThanOrEqual(15)
    // The register's follow-up sits beside the measures: status, evidence, responsible body.
    const health = rows.find((r) => r.startsWith('105.10 |'))!
    expect(health).toMatch(/\| Partially implemented \| 240 psychologists recruited .* • Free COVID-19 tests in pharmacies and health centres • Mental health teams in primary health care \| National Health Service \|/)
  })

  it('says in the document’s language what the register and the measures hold', async () => {
    const { repositories, demo } = await demoRepositories()
    const statement = { ...demo.statements.find((s) => s.kind === 'mid-term-report')!, language: 'fr' as const }
    const sources = { statement, profile: demo.profile, register: demo.recommendations }
    const titles = await repositories.recoveryMeasures.linkedMeasureTitles(reviewRecommendations(sources).map((r) => r.id))
    const doc = statementDocument({ ...sources, emblem: null, measuresOf: (id) => titles.get(id) ?? [] })
    const rows = await tableRows(await buildStatementDocx(doc))
    expect(rows[0]).toBe('N° | Recommandation | États auteurs | Position | État d’avancement | Mesures prises | Organe responsable | ODD')
    expect(rows.find((r) => r.startsWith('105.12 |'))).toMatch(/Partiellement mise en œuvre .* • Awareness campaign on domestic violence during lockdown • Emergency shelters for victims of domestic violence/)
  })
})
