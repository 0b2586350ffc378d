import { describe, expect, it } from 'vitest'
import { extractPdfText } from '../../../src-renderer/import/pdf-text'
import { parseSource } from '../../../src-renderer/import/parse-source'
import { minimalPdf } from '../../fixtures/minimal-pdf'

describe('the page budget of PDFs', () => {
  it('refuses a PDF with more pages than allowed, before reading any page, and says so', async () => {
    const pdf = minimalPdf([['A/HRC/55/14'], ['page two'], ['page three']])
    expect(await extractPdfText(pdf, { pageLimit: 2 })).toEqual({
      text: '',
      pages: 3,
      error: 'The PDF has 3 pages, more than the 2 a UPR document can have: it is another document, or damaged.',
      problem: { code: 'pdf.tooManyPages', values: { pages: 3, limit: 2 }, message: 'The PDF has 3 pages, more than the 2 a UPR document can have: it is another document, or damaged.' }
    })
    expect((await extractPdfText(pdf, { pageLimit: 3 })).error).toBeUndefined()
  })

  it('an unreadable PDF is reported with its reason, not as a file without text', async () => {
    const parsed = await parseSource(new TextEncoder().encode('%PDF-1.7\nnot really a PDF'), 'report.pdf')
    expect(parsed).toMatchObject({ kind: 'error' })
    expect(parsed.kind === 'error' && parsed.message).toMatch(/^report\.pdf could not be read: The PDF could not be read: /)
    // The page says it in its language: the refusal is a code with the PDF's problem nested in it.
    expect(parsed).toMatchObject({ code: 'file.cannotRead', values: { file: 'report.pdf', reason: { message: { code: 'pdf.damaged' } } } })
  })
})
