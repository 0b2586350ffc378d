import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePolicy, policyFilePath, readPolicyFile } from '../../../../src-main/updates/policy'

describe('policyFilePath', () => {
  it('is where IT deploys machine-wide settings on each system', () => {
    expect(policyFilePath('win32', { ProgramData: 'C:\\ProgramData' })).toBe('C:\\ProgramData\\UPR Desk\\policy.json')
    expect(policyFilePath('win32', {})).toBe('C:\\ProgramData\\UPR Desk\\policy.json')
    expect(policyFilePath('darwin')).toBe('/Library/Application Support/UPR Desk/policy.json')
    expect(policyFilePath('linux')).toBe('/etc/upr-desk/policy.json')
  })
})

describe('parsePolicy', () => {
  it('reads updates off, a feed and a channel', () => {
    expect(parsePolicy('{"updates":{"enabled":false}}')).toEqual({ status: 'valid', policy: { updates: { enabled: false } } })
    expect(parsePolicy('{"updates":{"feedUrl":"https://it.mission.example/upr-desk/","channel":"beta"}}')).toEqual({
      status: 'valid',
      policy: { updates: { enabled: true, feedUrl: 'https://it.mission.example/upr-desk/', channel: 'beta' } }
    })
    expect(parsePolicy('\uFEFF{}')).toEqual({ status: 'valid', policy: {} })
    // Other tools may share the file: their keys are ignored.
    expect(parsePolicy('{"otherTool":{"x":1}}')).toEqual({ status: 'valid', policy: {} })
  })

  it.each([
    ['not JSON', 'updates: off'],
    ['a plain http feed', '{"updates":{"feedUrl":"http://it.example/feed/"}}'],
    ['a feed with credentials', '{"updates":{"feedUrl":"https://user:pw@it.example/feed/"}}'],
    ['a file: feed', '{"updates":{"feedUrl":"file:///C:/feed/"}}'],
    ['enabled as a string', '{"updates":{"enabled":"false"}}'],
    ['a misspelt key', '{"updates":{"enable":false}}'],
    ['a bad channel', '{"updates":{"channel":"../latest"}}'],
    ['updates as an array', '{"updates":[]}'],
    ['a huge file', `{"x":"${'a'.repeat(70_000)}"}`]
  ])('finds %s unusable (updates then stay off)', (_label, text) => {
    expect(parsePolicy(text).status).toBe('unusable')
  })
})

describe('readPolicyFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'upr-desk-policy-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('says absent when there is no file, and reads one that is there', async () => {
    expect(await readPolicyFile(join(dir, 'missing.json'))).toEqual({ status: 'absent' })
    await writeFile(join(dir, 'policy.json'), '{"updates":{"enabled":false}}')
    expect(await readPolicyFile(join(dir, 'policy.json'))).toEqual({ status: 'valid', policy: { updates: { enabled: false } } })
  })

  it('finds a folder or an unreadable file unusable, not absent', async () => {
    expect((await readPolicyFile(dir)).status).toBe('unusable')
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' })
    expect(await readPolicyFile('/x', async () => Promise.reject(denied))).toEqual({ status: 'unusable', reason: 'cannot be read (EACCES)' })
  })
})
