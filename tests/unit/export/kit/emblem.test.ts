import { describe, expect, it } from 'vitest'
import { buildDemoMission } from '../../../../src-renderer/demo'
import { emblemFromAttachment } from '../../../../src-renderer/export/kit'

describe('the letterhead emblem from the stored file', () => {
  it('reads the stored image, says when it cannot, and is none without a file', () => {
    const stored = buildDemoMission('2026-12-01').attachments[0]!
    expect(emblemFromAttachment(stored)).toEqual({ emblem: { bytes: stored.bytes, type: 'png', width: 160, height: 160 }, unreadable: false })
    expect(emblemFromAttachment({ bytes: new TextEncoder().encode('%PDF-1.7 not an image') })).toEqual({ emblem: null, unreadable: true })
    expect(emblemFromAttachment(null)).toEqual({ emblem: null, unreadable: false })
    expect(emblemFromAttachment(undefined)).toEqual({ emblem: null, unreadable: false })
  })
})
