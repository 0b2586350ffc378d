/**
 * Every problem the measures exchange file can have (reading the file, its rows, amounts and currencies,
 * links to recommendations), as a code and the names of its values. The page translates
 * `importMessages.<code>`; the English sentence beside each problem is the fallback.
 *
 * Value conventions: `count` is a number and chooses the plural; `reason` is a nested message; dates are
 * calendar dates; anything else is text as written in the file, or a number.
 */
import { sayingsOf, type CatalogueSayings, type MessageCatalogue, type ValuesOf } from '../coded-message'

export const MEASURE_MESSAGES = {
  // The file as a whole
  'measuresFile.tooLarge': ['file', 'size', 'max'],
  'measuresFile.notSpreadsheet': ['file', 'reason'],
  'measuresFile.couldNotRead': ['file', 'detail'],
  'measuresFile.noRows': [],
  'measuresFile.noRowsInSheet': ['sheet'],
  'measuresFile.tooManyColumns': ['count', 'max'],
  'measuresFile.tooManyRows': ['max'],
  'measuresFile.tooManyRowsInSheet': ['sheet', 'max'],
  'measuresFile.cannotRead': ['reason'],
  'measuresFile.unclosedQuote': ['line'],
  'measuresFile.csvTooManyRows': ['count', 'max'],
  'measuresFile.notWorkbook': ['file', 'reason'],
  'measuresFile.tooManyParts': ['file', 'count'],
  'measuresFile.unpacksTooLarge': ['file', 'size', 'max'],
  'measuresFile.tooManySheets': ['file', 'count', 'max'],
  'measuresFile.noSheets': ['file'],
  'measuresFile.emptySheet': ['sheet', 'file'],
  'measuresFile.sheetTooManyRows': ['sheet', 'count', 'max'],
  // The header row
  'measures.unknownColumn': ['header'],
  'measures.duplicateColumn': ['column', 'first'],
  'measures.missingColumns': ['count', 'columns', 'all', 'required'],
  'measures.budgetColumnMissing': ['column'],
  'measures.noMeasures': [],
  // One row
  'measures.duplicateId': ['id', 'row'],
  'measures.textTooLong': ['length', 'max'],
  'measures.badId': ['id'],
  'measures.noTitle': [],
  'measures.badType': ['type', 'types'],
  'measures.noType': ['types'],
  'measures.badStatus': ['status', 'statuses'],
  'measures.notADate': ['value'],
  'measures.dateFormat': ['value'],
  'measures.notACalendarDay': ['value'],
  'measures.endsBeforeInForce': ['ended', 'inForce'],
  'measures.currencyWithoutAmount': ['currency'],
  'measures.budgetNotAccepted': ['reason'],
  'measures.currencyNotAccepted': ['reason'],
  'measures.unknownRights': ['count', 'list'],
  'measures.unknownGroups': ['count', 'list'],
  'measures.unknownSdgTargets': ['count', 'list'],
  'measures.notYesNo': ['value'],
  'measures.cannotLink': ['reason'],
  // Amounts and currencies
  'money.noCurrency': [],
  'money.noCurrencyForAmount': [],
  'money.withdrawn': ['code', 'since', 'replacedBy'],
  'money.notIso': ['value'],
  'money.notActive': ['code'],
  'money.notANumber': [],
  'money.negative': ['amount'],
  'money.negativeText': ['value'],
  'money.noAmount': [],
  'money.notAnAmount': ['value'],
  'money.tooLarge': ['value'],
  // References to recommendations
  'refs.notInSession': ['number', 'session'],
  'refs.notInRegister': ['number'],
  'refs.inSeveralSessions': ['number', 'sessions', 'latest'],
  'refs.notAReference': ['value']
} as const satisfies MessageCatalogue

export type MeasureMessageCode = keyof typeof MEASURE_MESSAGES

/** The values of one measures message code. */
export type MeasureValues<C extends MeasureMessageCode> = ValuesOf<typeof MEASURE_MESSAGES, C>

const say = sayingsOf<typeof MEASURE_MESSAGES>()

/** A message of the catalogue, without English (a nested reason). */
export const measureMessage: CatalogueSayings<typeof MEASURE_MESSAGES>['message'] = say.message

/** A coded message with its English sentence. */
export const measureText: CatalogueSayings<typeof MEASURE_MESSAGES>['text'] = say.text
