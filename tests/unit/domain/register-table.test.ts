import { describe, expect, it } from 'vitest'
import type { Recommendation } from '../../../src-renderer/domain/model'
import {
  CHUNK_ROWS,
  CHUNK_SLOTS,
  decodeRow,
  encodeChunk,
  isChunkData,
  RegisterTable,
  rowOf,
  Vocabulary,
  type RegisterRow
} from '../../../src-renderer/domain/register-table'
import { searchableText } from '../../../src-renderer/domain/search-text'
import { row } from './register-rows'

describe('register chunks', () => {
  it('encode and decode rows without loss, values this version does not know shown as pending', () => {
    const vocabulary = new Vocabulary()
    const rows = [
      row(1),
      row(2, { number: null, session: null, cycle: null, actionCategory: null, recommendingStates: [], recommendingStatesRaw: ['Atlantis'], themes: [], sdgTargets: [], madeByUs: true }),
      row(3, { recommendingStates: ['PRT', 'ESP', 'GHA'], themes: ["Women's rights", 'Justice'], position: 'noted', implementationStatus: 'in-progress' })
    ]
    const chunk = encodeChunk(7, rows, vocabulary)
    expect(isChunkData(chunk)).toBe(true)
    expect(chunk.id).toBe(7)
    expect(rows.map((_, i) => decodeRow(chunk, i, vocabulary))).toEqual(rows)
    // The chunk survives a structured clone (as IndexedDB stores it).
    expect(decodeRow(structuredClone(chunk), 2, vocabulary)).toEqual(rows[2])

    const odd = encodeChunk(0, [row(4, { position: 'withdrawn' as RegisterRow['position'] })], vocabulary)
    expect(decodeRow(odd, 0, vocabulary).position).toBe('pending')
  })

  it('builds a row from a stored record, preparing its search text when the record has none', () => {
    const record = {
      id: 'rec_1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      reviewId: null,
      stateUnderReview: 'SVN',
      session: 34,
      cycle: 3,
      number: '122.7',
      text: 'Ratify the Optional Protocol',
      recommendingStates: ['PRT'],
      recommendingStatesRaw: ['Portugal'],
      position: 'supported',
      positionSource: 'A/HRC/43/15/Add.1',
      actionCategory: 5,
      actionCategorySource: 'suggested',
      themes: [],
      affectedPersons: [],
      sdgTargets: [],
      implementationStatus: 'not-started',
      responsibleInstitutions: [],
      notes: '',
      evidence: '',
      lastReviewedOn: null,
      madeByUs: false,
      origin: { kind: 'manual', source: 't', importedAt: '', key: 'k' }
    } satisfies Recommendation
    expect(rowOf(record).stems).toEqual(['122', '7', 'ratif', 'the', 'option', 'protocol', 'portug'])
    // A text the repository prepared is used as it is; one an earlier stemmer prepared is prepared again.
    expect(rowOf({ ...record, searchText: searchableText('given stems') }).stems).toEqual(['given', 'stem'])
    expect(rowOf({ ...record, searchText: ' given stems ' }).stems).toEqual(['122', '7', 'ratif', 'the', 'option', 'protocol', 'portug'])
  })

  it('rejects stored values that are not chunks of this format', () => {
    expect(isChunkData(null)).toBe(false)
    expect(isChunkData({ id: 1, format: 999 })).toBe(false)
    const chunk = encodeChunk(0, [row(1)], new Vocabulary())
    expect(isChunkData({ ...chunk, ids: [] })).toBe(false)
  })
})

describe('register table', () => {
  it('fills chunks of CHUNK_ROWS, addresses rows by chunk and row, and finds them by id', () => {
    const rows = Array.from({ length: CHUNK_ROWS + 5 }, (_, i) => row(i))
    const table = RegisterTable.fromRows(rows)
    expect(table.size).toBe(CHUNK_ROWS + 5)
    expect(table.chunkList().map((c) => c.size)).toEqual([CHUNK_ROWS, 5])
    expect(table.capacity).toBe(2 * CHUNK_SLOTS)
    expect(table.indexOf(rows[CHUNK_ROWS + 1]!.id)).toBe(CHUNK_SLOTS + 1)
    expect(table.idAt(CHUNK_SLOTS + 1)).toBe(rows[CHUNK_ROWS + 1]!.id)
    expect(table.rowAt(3)).toEqual(rows[3])
    expect(table.rowAt(CHUNK_SLOTS + 10)).toBeUndefined()
  })

  it('applies updates in place, appends new rows to the last chunk, removes deleted ones, and reports the chunks to store', () => {
    const table = RegisterTable.fromRows(Array.from({ length: CHUNK_ROWS + 2 }, (_, i) => row(i)))
    const before = table.revision
    const changes = table.apply([row(5, { position: 'noted' }), row(50_000)], [row(CHUNK_ROWS).id])
    expect(table.revision).toBeGreaterThan(before)
    expect(changes.changed.sort()).toEqual([0, 1])
    expect(table.rowAt(table.indexOf(row(5).id)!)?.position).toBe('noted')
    expect(table.indexOf(row(5).id)).toBe(5)
    expect(table.indexOf(row(CHUNK_ROWS).id)).toBeUndefined()
    expect(table.indexOf(row(50_000).id)).toBe(CHUNK_SLOTS + 1)
    expect(table.size).toBe(CHUNK_ROWS + 2)
    // Deleting a whole chunk drops it.
    const gone = table.apply([], [row(CHUNK_ROWS + 1).id, row(50_000).id])
    expect(gone.removed).toEqual([1])
    expect(table.chunkList()).toHaveLength(1)
    expect(table.capacity).toBe(CHUNK_SLOTS)
  })

  it('loads stored chunks with their vocabulary and keeps their numbers', () => {
    const source = RegisterTable.fromRows(Array.from({ length: 3 }, (_, i) => row(i)))
    const copy = RegisterTable.fromChunks(source.chunkList().map((c) => structuredClone(c)), [...source.vocabulary.words])
    expect(copy.size).toBe(3)
    expect(copy.rowAt(2)).toEqual(source.rowAt(2))
    // New stems extend the stored vocabulary.
    copy.apply([row(9, { text: 'Abolish the death penalty' })], [])
    expect(copy.vocabulary.codeOf('abolish')).toBeGreaterThanOrEqual(source.vocabulary.words.length)
    expect(copy.rowAt(copy.indexOf(row(9).id)!)?.text).toBe('Abolish the death penalty')
  })
})

describe('vocabulary', () => {
  it('numbers each stem once and finds stems by prefix, built a slice at a time', () => {
    const words = ['ratif', 'protocol', 'rati', 'report', 'women']
    const vocabulary = new Vocabulary([...words])
    expect(vocabulary.prepare(0)).toBe(true) // a handful of words fits in the first slice
    expect(vocabulary.codeOf('report')).toBe(3)
    expect(vocabulary.intern('women')).toBe(4)
    expect(vocabulary.intern('ratification')).toBe(5)
    expect([...vocabulary.startingWith('rati')].sort()).toEqual([0, 2, 5])
    expect([...vocabulary.startingWith('x')]).toEqual([])
  })

  it('finds a stem for a search before its lookup map is built, and after', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`).concat(['droit:fr', 'droit'])
    const vocabulary = new Vocabulary([...words])
    expect(vocabulary.find('droit')).toBe(5001)
    expect(vocabulary.find('droit:fr')).toBe(5000)
    expect(vocabulary.find('w4999')).toBe(4999)
    expect(vocabulary.find('nothing')).toBe(-1)
    while (!vocabulary.prepare(1));
    expect(vocabulary.find('droit')).toBe(5001)
    expect(vocabulary.find('nothing')).toBe(-1)
  })
})
