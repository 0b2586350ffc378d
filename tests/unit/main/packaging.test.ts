import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'
import { MSI_UPGRADE_CODE, SIGNING_VARIABLES, buildConfig, fuses, publishConfig, signingStatus } from '../../../electron-builder.config'

const root = join(import.meta.dirname, '../../..')
const config = buildConfig({})
const targets = (platform: unknown) => (platform as { target: { target: string; arch: string[] }[] }).target

describe('the packaging configuration', () => {
  it('is valid for electron-builder (its own schema and checks)', async () => {
    const quiet = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1]
    await expect(validateConfiguration(buildConfig({}), quiet)).resolves.toBeUndefined()
    await expect(validateConfiguration(buildConfig({ UPR_DESK_E2E_BUILD: '1', CSC_LINK: 'x', APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' }), quiet)).resolves.toBeUndefined()
  })

  it('burns the fuses: no Node mode, no NODE_OPTIONS, no inspector, asar only and checked, no file:// privileges, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('lets the build for the desktop suite differ only by the inspector fuse, in its own folder, without a feed', () => {
    const e2e = buildConfig({ UPR_DESK_E2E_BUILD: '1', GITHUB_REPOSITORY: 'mission/upr-desk' })
    expect({ ...e2e.electronFuses, enableNodeCliInspectArguments: false }).toEqual(fuses(false))
    expect(e2e.electronFuses?.enableNodeCliInspectArguments).toBe(true)
    expect(e2e.directories?.output).toBe('dist/e2e')
    expect(e2e.publish).toBeNull()
    expect(config.directories?.output).toBe('dist')
  })

  it('packs only the bundled output and package.json, in an asar, without maps or sources', () => {
    expect(config.asar).toBe(true)
    const files = config.files as string[]
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'package.json'])
    expect(files).toContain('!out/**/*.map')
    expect(files.some((f) => f.startsWith('!') && f.includes('ts'))).toBe(true)
  })

  it('needs at run time only what main imports: every dependency is imported by src-main, everything else is bundled', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; build: { extends: string }; scripts: Record<string, string> }
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['electron-updater', 'zod'])
    const sources = readdirSync(join(root, 'src-main'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    const imported = new Set<string>()
    for (const file of sources) {
      for (const [, name] of readFileSync(join(root, 'src-main', file), 'utf8').matchAll(/^import (?!type )[^'"]*from '([^'.][^']*)'/gm)) {
        if (name && !name.startsWith('node:') && name !== 'electron') imported.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)
      }
    }
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort())
    // Whether electron-builder is run bare or by `npm run dist`, it reads this configuration.
    expect(pkg.build).toEqual({ extends: 'file:electron-builder.config.ts' })
    expect(pkg.scripts['dist']).toContain('--config electron-builder.config.ts')
  })

  it('builds the installers the missions need', () => {
    expect(targets(config.win)).toEqual([
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'msi', arch: ['x64'] }
    ])
    expect(targets(config.mac)).toEqual([
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] }
    ])
    expect(targets(config.linux)).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] }
    ])
  })

  it('installs per user without administrator rights (NSIS), per machine for IT (MSI, fixed upgrade code)', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false })
    expect(config.msi).toMatchObject({ perMachine: true, upgradeCode: MSI_UPGRADE_CODE })
    expect(MSI_UPGRADE_CODE).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/)
  })

  it('signs macOS with the hardened runtime and only the JIT entitlement', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'resources/installer/entitlements.mac.plist', entitlementsInherit: 'resources/installer/entitlements.mac.plist' })
    const plist = readFileSync(join(root, 'resources/installer/entitlements.mac.plist'), 'utf8')
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit'])
  })

  it('associates .uprdesk files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'uprdesk', mimeType: 'application/x-upr-desk', role: 'Editor' })])
    expect((config.linux as { mimeTypes: string[] }).mimeTypes).toContain('application/x-upr-desk')
  })

  it('has every icon the targets need', () => {
    const dir = join(root, 'resources/installer')
    for (const file of ['icon.png', 'icon.ico', 'icon.icns', ...[16, 24, 32, 48, 64, 128, 256, 512].map((s) => `icons/${s}x${s}.png`)]) {
      expect(existsSync(join(dir, file)), file).toBe(true)
    }
    const ico = readFileSync(join(dir, 'icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5)
    expect(readFileSync(join(dir, 'icon.icns')).subarray(0, 4).toString()).toBe('icns')
    expect(readFileSync(join(dir, 'icon.png')).readUInt32BE(16)).toBe(1024)
  })
})

describe('signing from the environment', () => {
  it('goes on unsigned and says so when no variable is set', () => {
    const status = signingStatus({})
    expect(status).toMatchObject({ windows: false, mac: false, notarise: false })
    expect(status.notes.join('\n')).toMatch(/UNSIGNED[\s\S]*ad-hoc[\s\S]*NOT notarised/)
    expect(buildConfig({}).mac).toMatchObject({ identity: '-', notarize: false })
  })

  it('signs and notarises when the certificates and Apple credentials are there', () => {
    const env = { CSC_LINK: 'base64', CSC_KEY_PASSWORD: 'pw', APPLE_ID: 'it@mission.example', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'TEAM' }
    expect(signingStatus(env)).toMatchObject({ windows: true, mac: true, notarise: true })
    expect(buildConfig(env).mac).toMatchObject({ identity: undefined, notarize: true })
    expect(signingStatus({ WIN_CSC_LINK: 'x' })).toMatchObject({ windows: true, mac: false })
    expect(signingStatus({ CSC_LINK: 'x', APPLE_ID: 'a' })).toMatchObject({ mac: true, notarise: false })
    expect(signingStatus({ CSC_LINK: '   ' })).toMatchObject({ windows: false, mac: false })
  })

  it('names the variables it reads', () => {
    expect([...SIGNING_VARIABLES.windows, ...SIGNING_VARIABLES.shared, ...SIGNING_VARIABLES.notarisation].sort()).toEqual(
      ['APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_ID', 'APPLE_TEAM_ID', 'CSC_KEY_PASSWORD', 'CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'WIN_CSC_LINK'].sort()
    )
  })
})

describe('the update feed built into the installers', () => {
  it('is the mission’s web folder, else the repository’s releases, else none', () => {
    expect(publishConfig({ UPR_DESK_UPDATE_URL: 'https://it.mission.example/upr-desk/' })).toEqual([{ provider: 'generic', url: 'https://it.mission.example/upr-desk/' }])
    expect(publishConfig({ GITHUB_REPOSITORY: 'mission-it/upr-desk' })).toEqual([{ provider: 'github', owner: 'mission-it', repo: 'upr-desk', releaseType: 'draft' }])
    expect(publishConfig({})).toBeNull()
    expect(publishConfig({ GITHUB_REPOSITORY: 'not a repo' })).toBeNull()
  })

  it('refuses a feed that is not https', () => {
    expect(() => publishConfig({ UPR_DESK_UPDATE_URL: 'http://it.example/feed/' })).toThrow('https')
    expect(() => publishConfig({ UPR_DESK_UPDATE_URL: 'https://it.example' })).toThrow('https')
  })
})
