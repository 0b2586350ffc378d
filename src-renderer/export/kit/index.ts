/** The shared Word kit: every UPR Desk document is built from these parts, so they all look alike. */
export { bullets, checkAgainstDelivery, heading, numberedList, para, quote, titleBlock, titleBlockTab, type Align } from './blocks'
export { buildMissionDocument, packDocx, type DocumentSection, type Emblem, type Letterhead, type MissionDocument } from './document'
export { suggestedFileName } from './file-name'
export { emblemFromAttachment } from './emblem'
export { MAX_EMBLEM_BYTES, readImageInfo, type ImageInfo, type ImageType } from './image'
export { textWidth, type Orientation } from './page'
export { DocumentProblem, documentProblemText, isDocumentProblem, MAX_TABLE_ROWS } from './problem'
export { columnWidths, fittedTable, type CellContent, type TableColumn } from './table'
