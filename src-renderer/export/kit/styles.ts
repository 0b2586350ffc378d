/**
 * The Word styles of every UPR Desk document: real, named styles (Title, Heading 1-3, Normal, List Number,
 * List Bullet, Quote, Table Text) so that a Word user can restyle the whole document at once.
 */
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx'
import type { LanguageCode } from '../../domain/model'

export const BODY_FONT = 'Times New Roman'
export const NUMBERED_LIST = 'upr-desk-numbered'
export const BULLET_LIST = 'upr-desk-bullets'

/** The language tag Word gets for a document language (spelling, hyphenation). */
export function wordLanguage(language: LanguageCode): string {
  return language === 'fr' ? 'fr-CH' : language === 'es' ? 'es-ES' : 'en-GB'
}

/** Document styles for a language. Sizes are in half-points, spacing in twips. */
export function documentStyles(language: LanguageCode): IStylesOptions {
  const run = { font: BODY_FONT, language: { value: wordLanguage(language) } }
  return {
    default: {
      document: { run: { ...run, size: 24 }, paragraph: { spacing: { after: 160, line: 276 } } },
      title: { run: { ...run, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 } } },
      heading1: { run: { ...run, size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      heading2: { run: { ...run, size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      heading3: { run: { ...run, size: 24, bold: true, italics: true }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } }
    },
    paragraphStyles: [
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 120 } } },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 80 } } },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', quickFormat: true, run: { italics: true }, paragraph: { indent: { left: 720, right: 720 } } },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 20 }, paragraph: { spacing: { after: 40, line: 240 } } },
      { id: 'Letterhead', name: 'Letterhead', basedOn: 'Normal', run: { size: 20, smallCaps: true, color: '1F3864' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
      { id: 'TitleBlock', name: 'Title Block', basedOn: 'Normal', run: { size: 22 }, paragraph: { spacing: { after: 40 } } },
      { id: 'DeliveryNote', name: 'Delivery Note', basedOn: 'Normal', run: { bold: true, italics: true, size: 22 }, paragraph: { alignment: AlignmentType.RIGHT } },
      { id: 'PageFooter', name: 'Page Footer', basedOn: 'Normal', run: { size: 18, color: '404040' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } }
    ]
  }
}

/** The numbered list (1. 2. 3.) and the bullet list the List Number and List Bullet styles use. */
export const DOCUMENT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERED_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1134, hanging: 567 } } } }
      ]
    },
    {
      reference: BULLET_LIST,
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 283 } } } },
        { level: 1, format: LevelFormat.BULLET, text: '\u2013', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1134, hanging: 283 } } } }
      ]
    }
  ]
}
