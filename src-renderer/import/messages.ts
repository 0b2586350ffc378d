/**
 * Every warning and error the importers give, as a code and the names of its values. The page translates
 * `importMessages.<code>` (src-renderer/i18n/*-import-messages.ts) with these values; the English sentence
 * written beside each warning is the fallback for logs and `npm run parse`.
 *
 * Value conventions: `count` is a number and chooses the plural; `where` is a nested message saying which
 * rows ("row 12", "3 rows: 12, 14, 15"); `reason` is a nested message; `position`, `first`, `then`, `from`,
 * `before` are positions; anything else is text as printed in the file, or a number.
 */
import { sayingsOf, type CatalogueSayings, type CodedMessage, type MessageCatalogue, type ValuesOf } from '../domain/coded-message'
import type { ReadProblem } from './formats/problems'
import type { ImportWarning, SourceLocation } from './types'

export const IMPORT_MESSAGES = {
  // Any text document
  'text.empty': [],
  'text.internal': ['detail'],
  // Working Group report
  'report.moreLeftOut': [],
  'report.isAddendum': ['symbol'],
  'report.noSection': [],
  'report.noHeadingNoIntro': [],
  'report.noHeading': [],
  'report.noIntroFor': ['paragraph'],
  'report.startsNotAtOne': ['paragraph', 'number', 'first'],
  'report.notConsecutive': ['number', 'previous'],
  'report.bareNumbers': ['paragraph'],
  'report.noIntroduction': ['paragraph'],
  'report.unclearPosition': ['paragraph', 'excerpt'],
  'report.noText': ['number'],
  'report.noTextBeforeStates': ['number'],
  'report.noState': ['number', 'excerpt'],
  'report.unbalancedParentheses': ['number'],
  'report.notAStateName': ['number', 'name'],
  'report.none': [],
  'report.whereParagraph': ['paragraph'],
  'report.whereAfter': ['number'],
  'report.referenceMissing': ['where', 'numbers'],
  'report.remarkLeftOut': ['number', 'excerpt'],
  'report.positionWithoutList': ['paragraph', 'position', 'excerpt'],
  'report.paragraphNotUnderstood': ['paragraph', 'excerpt'],
  'report.commentWithoutPosition': ['where', 'count', 'numbers'],
  'report.laterPosition': ['where', 'numbers', 'position', 'before'],
  'report.laterPositionClaim': ['where', 'numbers', 'position', 'claim', 'before'],
  'report.claimAlready': [],
  'report.claimUnderway': [],
  'report.claimBoth': [],
  'report.positionsOr': ['first', 'second'],
  // Addendum
  'addendum.noSymbol': [],
  'addendum.notAddendumSymbol': ['symbol'],
  'addendum.twoPositions': ['number', 'first', 'then'],
  'addendum.rangeSpansParagraphs': ['range'],
  'addendum.rangeBackwards': ['range'],
  'addendum.rangeTooLong': ['range'],
  'addendum.listWithoutPosition': ['list'],
  'addendum.bareNumbers': ['count'],
  'addendum.noPositions': [],
  'addendum.answerWithoutPosition': ['numbers', 'excerpt'],
  'addendum.reportAlreadyGave': ['number', 'position', 'from'],
  'addendum.notInReport': ['count', 'numbers'],
  'addendum.ambiguous': ['count', 'numbers'],
  'addendum.stillPending': ['count', 'numbers'],
  'addendum.statedSupported': ['stated', 'all', 'inScope'],
  'addendum.statedNoted': ['stated', 'all', 'inScope'],
  'addendum.statedTotal': ['stated', 'all', 'inScope'],
  'addendum.applyInternal': ['detail'],
  // Any file
  'file.empty': ['file'],
  'file.tooLarge': ['file', 'size', 'max'],
  'file.notReadable': ['file', 'reason'],
  'file.couldNotRead': ['file', 'detail'],
  'file.noText': ['file'],
  'file.unexpected': ['file', 'detail'],
  'file.cannotRead': ['file', 'reason'],
  // PDF files
  'pdf.empty': [],
  'pdf.notPdf': [],
  'pdf.tooManyPages': ['pages', 'limit'],
  'pdf.password': [],
  'pdf.damaged': ['detail'],
  'source.addendumFirst': [],
  'source.notAddendum': [],
  'source.nothingYet': [],
  // Spreadsheets and tables
  'table.noWorksheet': ['file'],
  'table.unclosedQuote': ['line'],
  'table.isPdf': ['file', 'what', 'reason'],
  'table.isWord': ['file', 'what', 'reason'],
  'table.notSpreadsheet': ['file', 'reason'],
  'table.whatUprInfo': [],
  'table.whatUhri': [],
  'table.whatSpreadsheet': [],
  'table.noDataRows': [],
  'table.noDataRowsInSheet': ['sheet'],
  'table.noRecommendations': [],
  'table.duplicateColumn': ['column', 'first'],
  'table.missingColumnsNoRows': ['count', 'columns', 'expected'],
  'table.missingColumns': ['count', 'columns', 'row', 'header', 'expected'],
  'table.missingColumnsInSheet': ['count', 'columns', 'row', 'sheet', 'header', 'expected'],
  'rows.one': ['row'],
  'rows.oneInSheet': ['row', 'sheet'],
  'rows.many': ['count', 'rows'],
  'rows.manyInSheet': ['count', 'rows', 'sheet'],
  // UPR Info exports
  'uprInfo.noText': ['where'],
  'uprInfo.noSur': ['where'],
  'uprInfo.unknownResponse': ['response', 'where'],
  'uprInfo.badAction': ['action', 'where'],
  'uprInfo.badSession': ['session', 'where'],
  // UHRI exports
  'uhri.noText': ['where'],
  'uhri.unknownPosition': ['position', 'where'],
  'uhri.severalCountries': ['where'],
  'uhri.badSession': ['session', 'where'],
  'uhri.badDate': ['date', 'where'],
  'uhri.otherMechanisms': ['count', 'breakdown'],
  // OHCHR thematic lists (Word)
  'docx.notZip': ['file'],
  'docx.noDocument': ['file'],
  'docx.cannotOpen': ['file', 'reason'],
  'matrix.noTitleFacts': [],
  'matrix.noTable': [],
  'matrix.defaultColumns': [],
  'matrix.merged': ['count', 'list'],
  'matrix.noteRow': ['where'],
  'matrix.noText': ['where'],
  'matrix.noNumber': ['where'],
  'matrix.noPosition': ['where'],
  'matrix.unknownPosition': ['position', 'where'],
  'matrix.otherPosition': ['number', 'position', 'first', 'where'],
  'matrix.otherText': ['number', 'where'],
  'matrix.noState': ['where'],
  // Mapping to the register
  'records.unknownSuR': ['name'],
  'records.unknownState': ['name', 'count'],
  // What a file is (detectFormat)
  'format.empty': [],
  'format.pdf': [],
  'format.zipWord': [],
  'format.zipExcel': [],
  'format.zipOther': [],
  'format.encrypted': [],
  'format.oldWord': [],
  'format.xls': [],
  'format.compoundOther': [],
  'format.utf16': [],
  'format.binary': [],
  'format.binaryNamed': ['extension'],
  'format.xmlSpreadsheet': [],
  'format.delimitedExtension': ['extension'],
  'format.textExtension': [],
  'format.misnamedDelimited': ['extension'],
  'format.misnamedText': ['extension'],
  'format.delimited': ['delimiter'],
  'format.delimitedTab': [],
  'format.plain': [],
  // The reading layer's refusals (formats/problems.ts), one per ReadProblem code
  'read.row-beyond-limit': ['row', 'limit'],
  'read.row-beyond-limit-xls': ['row', 'limit'],
  'read.column-beyond-limit': ['column', 'limit'],
  'read.column-beyond-limit-xls': ['column', 'limit'],
  'read.too-many-rows': ['limit'],
  'read.too-many-cells': ['limit'],
  'read.too-many-paragraphs': ['limit'],
  'read.sheets-overlap': [],
  'read.not-zip': [],
  'read.zip-incomplete': [],
  'read.zip-damaged': ['detail'],
  'read.zip64': [],
  'read.zip-too-many-entries': ['count', 'limit'],
  'read.entry-encrypted': ['entry'],
  'read.entry-method': ['entry', 'method'],
  'read.entry-too-large': ['entry', 'declaredMb', 'limitMb'],
  'read.entry-size-mismatch': ['entry', 'declared', 'actual'],
  'read.entry-size-mismatch-more': ['entry', 'declared'],
  'read.entry-size-undeclared': ['entry', 'limitMb'],
  'read.entry-damaged': ['entry', 'detail'],
  'read.entry-missing': ['entry'],
  'read.unpacked-too-large': ['limitMb'],
  'read.no-workbook-part': [],
  'read.workbook-damaged': ['detail'],
  'read.no-worksheet': [],
  'read.cfb-too-short': ['bytes'],
  'read.cfb-sector-size': ['shift'],
  'read.cfb-truncated': ['bytes', 'sector', 'endsAt'],
  'read.cfb-fat-loop': [],
  'read.cfb-chain-broken': [],
  'read.cfb-chain-loop': [],
  'read.cfb-stream-short': ['declared', 'available'],
  'read.no-workbook-stream': [],
  'read.xls-encrypted': [],
  'read.xls-record-damaged': ['record', 'offset', 'detail'],
  'read.xls-record-damaged-plain': ['detail'],
  'read.xls-records-damaged': ['detail']
} as const satisfies MessageCatalogue

export type ImportMessageCode = keyof typeof IMPORT_MESSAGES

/** The values of one import message code. */
export type ImportValues<C extends ImportMessageCode> = ValuesOf<typeof IMPORT_MESSAGES, C>

const say = sayingsOf<typeof IMPORT_MESSAGES>()

/** A message of the catalogue (for a nested value, or a reason). */
export const importMessage: CatalogueSayings<typeof IMPORT_MESSAGES>['message'] = say.message

/** A coded message with its English sentence. */
export const importText: CatalogueSayings<typeof IMPORT_MESSAGES>['text'] = say.text

/** A warning: code, values, the English sentence, and where in the file it points (when it does). */
export function importWarning<C extends ImportMessageCode>(code: C, values: ImportValues<C>, message: string, at?: SourceLocation): ImportWarning {
  return at === undefined ? importText(code, values, message) : { ...importText(code, values, message), at }
}

const MB = 1024 * 1024

/** The coded form of a reading-layer refusal (`read.<code>`), with sizes in MB where the English says MB. */
export function readProblemMessage(p: ReadProblem): CodedMessage {
  switch (p.code) {
    case 'row-beyond-limit':
      return importMessage(p.xls ? 'read.row-beyond-limit-xls' : 'read.row-beyond-limit', { row: p.row, limit: p.limit })
    case 'column-beyond-limit':
      return importMessage(p.xls ? 'read.column-beyond-limit-xls' : 'read.column-beyond-limit', { column: p.column, limit: p.limit })
    case 'too-many-rows':
    case 'too-many-cells':
    case 'too-many-paragraphs':
      return importMessage(`read.${p.code}`, { limit: p.limit })
    case 'sheets-overlap':
    case 'not-zip':
    case 'zip-incomplete':
    case 'zip64':
    case 'no-workbook-part':
    case 'no-worksheet':
    case 'cfb-fat-loop':
    case 'cfb-chain-broken':
    case 'cfb-chain-loop':
    case 'no-workbook-stream':
    case 'xls-encrypted':
      return importMessage(`read.${p.code}`, {})
    case 'zip-damaged':
    case 'workbook-damaged':
    case 'xls-records-damaged':
      return importMessage(`read.${p.code}`, { detail: p.detail })
    case 'zip-too-many-entries':
      return importMessage('read.zip-too-many-entries', { count: p.count, limit: p.limit })
    case 'entry-encrypted':
    case 'entry-missing':
      return importMessage(`read.${p.code}`, { entry: p.entry })
    case 'entry-method':
      return importMessage('read.entry-method', { entry: p.entry, method: p.method })
    case 'entry-too-large':
      return importMessage('read.entry-too-large', { entry: p.entry, declaredMb: Math.round(p.declared / MB), limitMb: Math.round(p.limit / MB) })
    case 'entry-size-mismatch':
      return p.atLeast
        ? importMessage('read.entry-size-mismatch-more', { entry: p.entry, declared: p.declared })
        : importMessage('read.entry-size-mismatch', { entry: p.entry, declared: p.declared, actual: p.actual })
    case 'entry-size-undeclared':
      return importMessage('read.entry-size-undeclared', { entry: p.entry, limitMb: Math.round(p.limit / MB) })
    case 'entry-damaged':
      return importMessage('read.entry-damaged', { entry: p.entry, detail: p.detail })
    case 'unpacked-too-large':
      return importMessage('read.unpacked-too-large', { limitMb: Math.round(p.limit / MB) })
    case 'cfb-too-short':
      return importMessage('read.cfb-too-short', { bytes: p.bytes })
    case 'cfb-sector-size':
      return importMessage('read.cfb-sector-size', { shift: p.shift })
    case 'cfb-truncated':
      return importMessage('read.cfb-truncated', { bytes: p.bytes, sector: p.sector, endsAt: p.endsAt })
    case 'cfb-stream-short':
      return importMessage('read.cfb-stream-short', { declared: p.declared, available: p.available })
    case 'xls-record-damaged':
      return p.offset < 0
        ? importMessage('read.xls-record-damaged-plain', { detail: p.detail })
        : importMessage('read.xls-record-damaged', { record: `0x${p.record.toString(16).padStart(4, '0')}`, offset: p.offset, detail: p.detail })
  }
}
