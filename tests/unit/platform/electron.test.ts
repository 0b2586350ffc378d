import { describe, expect, it, vi } from 'vitest'
import type { UprDeskApi } from '../../../src-main/ipc/contract'
import { createElectronPlatform, ipcErrorMessage } from '../../../src-renderer/platform/electron'
import { keepHostLanguage } from '../../../src-renderer/platform/host-language'

function fakeApi(over: Partial<UprDeskApi> = {}): UprDeskApi {
  return {
    saveFile: vi.fn(),
    openFile: vi.fn(),
    appInfo: vi.fn(),
    openExternal: vi.fn(),
    listBackups: vi.fn(),
    writeBackup: vi.fn(),
    readBackup: vi.fn(),
    setQuitBackupProvider: vi.fn(),
    saveAttachment: vi.fn(),
    checkAttachment: vi.fn(),
    setInterfaceLanguage: vi.fn(async (language) => ({ language })),
    onArchiveOpened: vi.fn(() => () => undefined),
    onUpdateReady: vi.fn(() => () => undefined),
    chooseUpdate: vi.fn(async () => ({ accepted: true })),
    ...over
  } as UprDeskApi
}

describe('ipcErrorMessage', () => {
  it('keeps main’s words, without Electron’s prefix', () => {
    expect(ipcErrorMessage(new Error("Error invoking remote method 'file:save': Error: Another file is still being saved"))).toBe('Another file is still being saved')
    expect(ipcErrorMessage(new Error('plain'))).toBe('plain')
    expect(ipcErrorMessage('text')).toBe('text')
  })
})

describe('the Electron platform', () => {
  it('rejects a refused save with main’s message', async () => {
    const platform = createElectronPlatform(fakeApi({ saveFile: vi.fn(async () => Promise.reject(new Error("Error invoking remote method 'file:save': Error: UPR Desk saves this file only as .docx, not .exe"))) }))
    await expect(platform.saveFile(new Uint8Array(1), 'a.docx', [{ name: 'Word', extensions: ['docx'] }])).rejects.toThrow(/^UPR Desk saves this file only as \.docx, not \.exe$/)
  })

  it('passes an attachment refusal through, and a save as where it went', async () => {
    const refused = { status: 'refused' as const, reason: 'active-content' as const, extension: 'exe' }
    const platform = createElectronPlatform(fakeApi({ saveAttachment: vi.fn(async () => refused) }))
    await expect(platform.saveAttachment(new Uint8Array(1), 'x.exe')).resolves.toEqual(refused)
    const saving = createElectronPlatform(fakeApi({ saveAttachment: vi.fn(async () => ({ status: 'saved' as const, path: '/docs/a.pdf' })) }))
    await expect(saving.saveAttachment(new Uint8Array(1), 'a.pdf')).resolves.toEqual({ status: 'saved', where: '/docs/a.pdf' })
  })

  it('tells main the interface language now and at each change', () => {
    const api = fakeApi()
    const listeners: ((language: string) => void)[] = []
    keepHostLanguage({ language: 'fr', on: (_event, listener) => listeners.push(listener) }, createElectronPlatform(api))
    listeners[0]?.('es')
    listeners[0]?.('de')
    expect(vi.mocked(api.setInterfaceLanguage).mock.calls).toEqual([['fr'], ['es']])
  })
})
