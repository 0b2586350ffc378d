import { describe, expect, it, vi } from 'vitest'
import { markAsFromElsewhere, quarantineValue, zoneIdentifierContent, zoneIdentifierPath } from '../../../src-main/files/mark-of-the-web'

describe('the values of the mark', () => {
  it('says Internet zone in the Zone.Identifier stream', () => {
    expect(zoneIdentifierContent()).toBe('[ZoneTransfer]\r\nZoneId=3\r\n')
    expect(zoneIdentifierPath('C:\\Users\\me\\Documents\\A_HRC_43_15.pdf')).toBe('C:\\Users\\me\\Documents\\A_HRC_43_15.pdf:Zone.Identifier')
  })

  it('builds the quarantine attribute: flags, hexadecimal time, agent, event id', () => {
    const at = new Date(Date.UTC(2026, 10, 27, 10, 15, 0))
    expect(quarantineValue(at, 'UPR Desk', '3b9296c0-c6f4-49b3-bac1-bcb229ffe7d6')).toBe(
      `0083;${(at.getTime() / 1000).toString(16)};UPR Desk;3B9296C0-C6F4-49B3-BAC1-BCB229FFE7D6`
    )
    expect(quarantineValue(at).split(';')).toHaveLength(4)
    expect(quarantineValue(at, 'evil;agent\n')).toMatch(/^0083;[0-9a-f]+;evil agent;[0-9A-F-]{36}$/)
    expect(quarantineValue(new Date(-5))).toMatch(/^0083;0;/)
  })
})

describe('markAsFromElsewhere', () => {
  it('writes the Zone.Identifier stream on Windows', async () => {
    const writeStream = vi.fn(async () => undefined)
    const runXattr = vi.fn(async () => undefined)
    expect(await markAsFromElsewhere('C:\\Docs\\a.pdf', { platform: 'win32', writeStream, runXattr })).toBe(true)
    expect(writeStream).toHaveBeenCalledWith('C:\\Docs\\a.pdf:Zone.Identifier', '[ZoneTransfer]\r\nZoneId=3\r\n')
    expect(runXattr).not.toHaveBeenCalled()
  })

  it('runs xattr -w with an argument list on macOS (no shell sees the name)', async () => {
    const runXattr = vi.fn(async (_args: readonly string[]) => undefined)
    const now = () => new Date(Date.UTC(2026, 0, 1))
    expect(await markAsFromElsewhere('/Users/me/Documents/a; rm -rf ~.pdf', { platform: 'darwin', runXattr, now })).toBe(true)
    const args = runXattr.mock.calls[0]?.[0]
    expect(args?.[0]).toBe('-w')
    expect(args?.[1]).toBe('com.apple.quarantine')
    expect(args?.[2]).toMatch(/^0083;/)
    expect(args?.[3]).toBe('/Users/me/Documents/a; rm -rf ~.pdf')
  })

  it('marks nothing on Linux, and refuses a relative path', async () => {
    const writeStream = vi.fn(async () => undefined)
    expect(await markAsFromElsewhere('/home/me/a.pdf', { platform: 'linux', writeStream })).toBe(false)
    expect(writeStream).not.toHaveBeenCalled()
    await expect(markAsFromElsewhere('-n.pdf', { platform: 'darwin' })).rejects.toThrow('absolute')
  })
})
