import { describe, expect, it } from 'vitest'
import { headingNode, isRichDocEmpty, listNode, paragraphNode, parseRichDoc, placeholdersIn, quoteNode, richDoc, richDocText, serialiseRichDoc, textNode } from '../../../../src-renderer/domain/statements/rich-text'

describe('rich text', () => {
  const doc = richDoc([
    headingNode(2, 'Background'),
    paragraphNode([textNode('Portugal '), textNode('warmly', ['bold']), textNode(' welcomes.')]),
    listNode('orderedList', ['First ask', 'Second ask']),
    quoteNode('A quotation.')
  ])

  it('gives the plain text, one block per line, and round-trips through storage', () => {
    expect(richDocText(doc)).toBe('Background\nPortugal warmly welcomes.\nFirst ask\nSecond ask\nA quotation.')
    expect(parseRichDoc(serialiseRichDoc(doc))).toEqual(doc)
  })

  it('reads anything stored without throwing: empty, plain text, broken JSON, hostile shapes', () => {
    expect(isRichDocEmpty(parseRichDoc(''))).toBe(true)
    expect(richDocText(parseRichDoc('line one\nline two'))).toBe('line one\nline two')
    expect(richDocText(parseRichDoc('{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"ok"}]}'))).toContain('{"type"')
    expect(richDocText(parseRichDoc('{"type":"doc","content":[null, 3, {"type":"paragraph","content":[{"text":"no type"},{"type":"text","text":"kept"}]}]}'))).toBe('kept')
    expect(parseRichDoc('{"type":"paragraph"}').type).toBe('doc')
    let deep: unknown = { type: 'text', text: 'deep' }
    for (let i = 0; i < 100; i++) deep = { type: 'blockquote', content: [deep] }
    expect(() => parseRichDoc(JSON.stringify({ type: 'doc', content: [deep] }))).not.toThrow()
  })

  it('finds the guidance left in square brackets', () => {
    expect(placeholdersIn('Portugal commends Slovenia for [one achievement]. [x]')).toEqual(['one achievement'])
  })
})
