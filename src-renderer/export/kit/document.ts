/**
 * A mission's document: letterhead on the first page (emblem and mission name), page numbers "n / N" in
 * every footer, the named styles, the language, core properties. Sections may be portrait or landscape.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table
} from 'docx'
import type { LanguageCode } from '../../domain/model'
import type { ImageType } from './image'
import { A4_HEIGHT, A4_WIDTH, MARGIN_SIDE, MARGIN_TOP_BOTTOM, type Orientation } from './page'
import { DocumentProblem } from './problem'
import { DOCUMENT_NUMBERING, documentStyles } from './styles'

export interface Emblem {
  bytes: Uint8Array
  type: ImageType
  /** Pixel size of the image (scaled to the letterhead's height, keeping its proportions). */
  width: number
  height: number
}

export interface Letterhead {
  missionName: string
  emblem: Emblem | null
}

export interface DocumentSection {
  orientation: Orientation
  blocks: readonly (Paragraph | Table)[]
}

export interface MissionDocument {
  language: LanguageCode
  title: string
  subject: string
  /** The mission: Word shows it as the author. */
  creator: string
  description?: string
  keywords?: string
  letterhead: Letterhead
  sections: readonly DocumentSection[]
}

const EMBLEM_HEIGHT_PX = 64

/** The emblem's alternative text, in the document's language (screen readers read it in Word). */
const EMBLEM_ALT: Record<LanguageCode, { title: string; description: string }> = {
  en: { title: 'Emblem', description: 'Emblem of the mission' },
  fr: { title: 'Emblème', description: 'Emblème de la mission' },
  es: { title: 'Emblema', description: 'Emblema de la misión' }
}

function letterheadHeader(letterhead: Letterhead, language: LanguageCode): Header {
  const children: Paragraph[] = []
  if (letterhead.emblem) {
    const { bytes, type, width, height } = letterhead.emblem
    const scale = EMBLEM_HEIGHT_PX / height
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // An exact single line would clip the picture: let the line grow to its height.
        spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO },
        children: [new ImageRun({ type, data: bytes, transformation: { width: Math.max(1, Math.round(width * scale)), height: EMBLEM_HEIGHT_PX }, altText: { name: EMBLEM_ALT[language].title, ...EMBLEM_ALT[language] } })]
      })
    )
  }
  children.push(
    new Paragraph({
      style: 'Letterhead',
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 4 } },
      children: [new TextRun(letterhead.missionName)]
    })
  )
  return new Header({ children })
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ style: 'PageFooter', children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })]
  })
}

function continuationHeader(title: string): Header {
  return new Header({ children: [new Paragraph({ style: 'PageFooter', alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, italics: true })] })] })
}

/** Builds the Word document; throws a DocumentProblem when there is nothing to write. */
export function buildMissionDocument(input: MissionDocument): Document {
  if (input.sections.length === 0 || input.sections.every((s) => s.blocks.length === 0)) {
    throw new DocumentProblem('export.problems.empty', {}, 'The document is empty: write something before exporting it.')
  }
  const sections: ISectionOptions[] = input.sections.map((section, index) => ({
    properties: {
      titlePage: index === 0,
      page: {
        size: {
          width: A4_WIDTH,
          height: A4_HEIGHT,
          orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
        },
        margin: { top: MARGIN_TOP_BOTTOM, bottom: MARGIN_TOP_BOTTOM, left: MARGIN_SIDE, right: MARGIN_SIDE, header: 567, footer: 567 }
      }
    },
    headers: index === 0 ? { first: letterheadHeader(input.letterhead, input.language), default: continuationHeader(input.title) } : { default: continuationHeader(input.title) },
    footers: index === 0 ? { first: pageNumberFooter(), default: pageNumberFooter() } : { default: pageNumberFooter() },
    children: [...section.blocks]
  }))
  return new Document({
    title: input.title,
    subject: input.subject,
    creator: input.creator,
    lastModifiedBy: input.creator,
    ...(input.description ? { description: input.description } : {}),
    ...(input.keywords ? { keywords: input.keywords } : {}),
    styles: documentStyles(input.language),
    numbering: DOCUMENT_NUMBERING,
    features: { updateFields: false },
    sections
  })
}

/** The .docx bytes of a document (in the browser and in Node). */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
