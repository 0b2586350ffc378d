/**
 * Words for what the archive code reports: refusals, record labels, field names and values. Pure
 * functions over a translator, so the page and its tests share them.
 */
import type { TFunction } from 'i18next'
import type { ArchiveRecord } from '../../archive/format'
import type { Refused } from '../../archive/read-archive'
import { BOOKKEEPING_TABLES } from '../../archive/tables'
import { jobFailureMessage, jobFailureOf } from '../../components/job-failure'
import { DataChangedError } from '../../db/data-safety/archive-repository'
import { isQuotaError } from '../../db/data-safety/write-watch'
import { getI18n } from 'react-i18next'
import { interfaceLanguageOf } from '../../components/use-names'
import { labelOf, stateName } from '../../domain/names'
import { tagLabel } from '../../domain/measures/measure-tags'
import type { LanguageCode } from '../../domain/model'
import { NotWholeMissionError, SafetyBackupError } from './data-safety-service'

/** The message for a refused archive, with the version that wrote it where it matters. */
export function refusalMessage(t: TFunction, refused: Refused, supportedSchemaVersion: number): string {
  if (refused.reason === 'invalid-record') {
    const { table, id, field, code, limit } = refused.record ?? { table: '?', id: '?', field: '', code: 'type' }
    const problem = t(`fileChecks.problems.${code}`, { limit: limit ?? 0 })
    return field ? t('fileChecks.archiveRecord', { table: tableName(t, table), id, field, problem }) : t('fileChecks.archiveRecordNoField', { table: tableName(t, table), id, problem })
  }
  if (refused.reason === 'too-large') {
    const size = refused.size ?? { what: 'file-bytes', declared: 0, limit: 0 }
    const problem = t(`fileChecks.sizes.${size.what}`, { declared: size.declared, limit: size.limit, table: size.table ? tableName(t, size.table) : '' })
    return t('fileChecks.archiveTooLarge', { problem })
  }
  const version = refused.writtenBy?.appVersion ?? t('dataSafety.refusal.unknownVersion')
  return t(`dataSafety.refusal.${refused.reason}`, {
    version,
    found: refused.writtenBy?.schemaVersion ?? '?',
    supported: supportedSchemaVersion
  })
}

/** A table's name in the person's words, for `count` records (a table added later falls back to its own name). */
export function tableName(t: TFunction, table: string, count = 2): string {
  return t(`dataSafety.tables.${table}`, { count, defaultValue: humanize(table).toLowerCase() })
}

/** "recommendingStates" → "Recommending states". */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[._-]+/g, ' ').trim().toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Record counts as words: "6 recommendations, 1 review, …" (empty and bookkeeping tables left out). */
export function countsSummary(t: TFunction, counts: Record<string, number>, locale: string): string {
  const parts = Object.entries(counts)
    .filter(([table, n]) => n > 0 && !BOOKKEEPING_TABLES.includes(table))
    .map(([table, n]) => `${n.toLocaleString(locale)} ${tableName(t, table, n)}`)
  return parts.length > 0 ? parts.join(', ') : t('dataSafety.storage.recordsNone')
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** A short label for one record, whatever its table: its title, name, number and text, or its id. */
export function recordLabel(t: TFunction, table: string, record: ArchiveRecord | null, fallbackId: string): string {
  if (!record) return fallbackId
  // The mission profile is one record: its name is the table's.
  if (table === 'missionProfile') return ''
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : null)
  if (table === 'recommendations') {
    const number = text('number')
    const body = text('text') ?? ''
    return clip(`${number ? `${number} ` : ''}${body}`, 110) || fallbackId
  }
  if (table === 'reviews' || table === 'participations') {
    const state = text('stateIso3')
    const name = state ? stateName(state, interfaceLanguageOf(getI18n()?.language)) : null
    if (name) return t('dataSafety.export.reviewOption', { state: name, session: String(record['session'] ?? '?') })
  }
  return clip(text('title') ?? text('name') ?? text('missionName') ?? text('text') ?? fallbackId, 110)
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** A field's name in the person's words (the common ones translated, the rest spelled out). */
export function fieldName(t: TFunction, field: string): string {
  return t(`dataSafety.fields.${field}`, { defaultValue: humanize(field) })
}

/** A field value as short text for the side-by-side view. */
export function displayValue(t: TFunction, value: unknown, locale = 'en-GB'): string {
  if (value === undefined || value === null || value === '') return t('dataSafety.empty')
  if (typeof value === 'boolean') return value ? t('dataSafety.yes') : t('dataSafety.no')
  if (typeof value === 'string' && INSTANT.test(value)) {
    // Seconds matter when both sides changed within the same minute.
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? value : date.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' })
  }
  if (typeof value === 'string') return clip(value, 400)
  if (typeof value === 'number') return String(value)
  if (value instanceof Uint8Array) return t('dataSafety.bytes', { count: value.byteLength })
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.length > 0 ? clip(value.join(', '), 400) : t('dataSafety.empty')
  return clip(JSON.stringify(value), 400)
}

/**
 * Stored ids in a person's words, by table and field: positions and statuses as the register says them,
 * States by their name, themes, groups, rights and categories by their label, in the interface language.
 */
const LABELLED_FIELDS: Readonly<Record<string, Readonly<Record<string, (t: TFunction, id: string, language: LanguageCode) => string>>>> = {
  recommendations: {
    position: (t, id) => t(`positions.${id}`, { defaultValue: id }),
    implementationStatus: (t, id) => t(`statuses.${id}`, { defaultValue: id }),
    stateUnderReview: (_t, id, language) => stateName(id, language),
    recommendingStates: (_t, id, language) => stateName(id, language),
    actionCategory: (_t, id, language) => labelOf('actionCategory', id, language),
    themes: (_t, id, language) => labelOf('uprInfoIssue', id, language),
    affectedPersons: (_t, id, language) => labelOf('affectedPersons', id, language)
  },
  recoveryMeasures: {
    type: (t, id) => t(`measures.types.${id}`, { defaultValue: id }),
    status: (t, id) => t(`measures.statuses.${id}`, { defaultValue: id }),
    rights: (_t, id, language) => tagLabel('rights', id, language),
    groups: (_t, id, language) => tagLabel('groups', id, language)
  }
}

/** A field's value for the side-by-side view, with stored ids said in words (see LABELLED_FIELDS). */
export function displayFieldValue(t: TFunction, table: string, field: string, value: unknown, locale = 'en-GB', language: LanguageCode = 'en'): string {
  const label = LABELLED_FIELDS[table]?.[field]
  if (label && ((typeof value === 'string' && value !== '') || typeof value === 'number')) return label(t, String(value), language)
  if (label && Array.isArray(value) && value.length > 0 && value.every((v): v is string => typeof v === 'string')) {
    return clip(value.map((v) => label(t, v, language)).join(', '), 400)
  }
  return displayValue(t, value, locale)
}

/** The units of `formatSize`, by the key of their `dataSafety.sizes` string (`bytes` is `dataSafety.bytes`). */
const SIZE_UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const
const ENGLISH_UNITS: Record<(typeof SIZE_UNITS)[number], string> = { bytes: 'bytes', kB: 'KB', MB: 'MB', GB: 'GB', TB: 'TB' }

/** Bytes as "3.2 MB"; with a translator, in the interface language's units ("3,2 Mo"). */
export function formatSize(bytes: number, locale: string, t?: TFunction): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const key = SIZE_UNITS[unit]!
  const size = value.toLocaleString(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })
  if (!t) return `${size} ${ENGLISH_UNITS[key]}`
  return key === 'bytes' ? t('dataSafety.bytes', { count: value }) : t(`dataSafety.sizes.${key}`, { size })
}

/** A timestamp as local date and time, e.g. "27 Nov 2026, 10:15". */
export function formatWhen(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function diskFull(error: unknown): boolean {
  return isQuotaError(error) || /\((ENOSPC|EDQUOT)\)/.test(messageOf(error))
}

/** Why an operation failed, in words a person can act on. */
export function operationError(t: TFunction, error: unknown): string {
  const failure = jobFailureOf(error)
  if (failure) return jobFailureMessage(t, failure, '.uprdesk', { cancelledKey: 'readCancelled' })
  if (error instanceof SafetyBackupError) {
    return t('dataSafety.errors.safetyBackup', { message: diskFull(error.cause) ? t('dataSafety.errors.diskFull') : messageOf(error.cause) })
  }
  if (error instanceof DataChangedError) return t('dataSafety.errors.changedMeanwhile')
  if (error instanceof NotWholeMissionError) return t('dataSafety.errors.notWholeMission')
  if (diskFull(error)) return t('dataSafety.errors.diskFull')
  return messageOf(error)
}
