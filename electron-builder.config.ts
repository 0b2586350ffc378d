// Packaging (electron-builder): what goes into the installers, how they are signed, the fuses, the
// .uprdesk association and the update feed. Read by `npm run dist` and checked by
// tests/unit/packaging/electron-builder-config.test.ts.
//
// Why electron-builder rather than Electron Forge: one declarative file gives every target the brief
// asks for (per-user NSIS without administrator rights, MSI for IT, dmg and zip for arm64 and x64 with
// hardened runtime and notarisation, AppImage and .deb), flips the fuses itself just before signing
// (`electronFuses`), writes the file associations into each installer and the app-update.yml that
// electron-updater reads. Forge would need a maker per target (its MSI maker needs WiX set up by hand),
// a fuses plugin, and no updater feed of its own.
import type { Configuration } from 'electron-builder'

/** The environment variables that sign the installers (none of them is ever written to a file). */
export const SIGNING_VARIABLES = {
  windows: ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD'],
  shared: ['CSC_LINK', 'CSC_KEY_PASSWORD'],
  notarisation: ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']
} as const

type Env = Readonly<Record<string, string | undefined>>

const has = (env: Env, name: string) => (env[name] ?? '').trim() !== ''

/** What will be signed with the variables present, in words for the build log. */
export function signingStatus(env: Env): { windows: boolean; mac: boolean; notarise: boolean; notes: string[] } {
  const windows = has(env, 'WIN_CSC_LINK') || has(env, 'CSC_LINK')
  const mac = has(env, 'CSC_LINK') || has(env, 'CSC_NAME')
  const notarise = mac && SIGNING_VARIABLES.notarisation.every((name) => has(env, name))
  const notes = [
    windows ? 'Windows installers: signed with WIN_CSC_LINK (or CSC_LINK).' : 'Windows installers: UNSIGNED (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD to sign); SmartScreen will warn and the app will not update itself.',
    mac ? 'macOS app: signed with CSC_LINK.' : 'macOS app: ad-hoc signature only (set CSC_LINK and CSC_KEY_PASSWORD to sign with a Developer ID); Gatekeeper will refuse it on other Macs.',
    notarise ? 'macOS app: notarised (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).' : 'macOS app: NOT notarised (needs a Developer ID certificate and APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).'
  ]
  return { windows, mac, notarise, notes }
}

/** The update feed built into the installers: a mission's web folder, the repository's releases, or none. */
export function publishConfig(env: Env): Configuration['publish'] {
  const url = env['UPR_DESK_UPDATE_URL']?.trim()
  if (url) {
    if (!/^https:\/\/[^\s/]+\//.test(url)) throw new Error('UPR_DESK_UPDATE_URL must be an https URL ending in /')
    return [{ provider: 'generic', url }]
  }
  const repository = env['GITHUB_REPOSITORY']?.trim()
  const match = repository ? /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository) : null
  if (match) return [{ provider: 'github', owner: match[1]!, repo: match[2]!, releaseType: 'draft' }]
  return null
}

/**
 * The fuses burnt into the Electron binary at packaging. `forEndToEndTests` (UPR_DESK_E2E_BUILD=1) keeps
 * only the inspector switches, which Playwright needs to drive the main process; that build is never
 * shipped, it lands in dist/e2e.
 */
export function fuses(forEndToEndTests: boolean): NonNullable<Configuration['electronFuses']> {
  return {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: forEndToEndTests,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false
  }
}

/** The MSI's upgrade code: fixed for good, so a new MSI replaces the old one instead of sitting beside it. */
export const MSI_UPGRADE_CODE = '6F1F2E2A-52D5-4C0B-9C45-8B2F8E1D3A71'

/** The whole configuration for an environment (tests pass their own). */
export function buildConfig(env: Env): Configuration {
  const e2e = env['UPR_DESK_E2E_BUILD'] === '1'
  const signing = signingStatus(env)
  const artifact = (kind: string) => `UPR-Desk-\${version}-${kind}-\${arch}.\${ext}`
  return {
    appId: 'org.uprdesk.desk',
    productName: 'UPR Desk',
    copyright: 'Copyright © UPR Desk',
    directories: { output: e2e ? 'dist/e2e' : 'dist', buildResources: 'resources/installer' },
    // Only the bundled output: electron-vite bundles the renderer and the preload whole, and main with
    // everything but its `dependencies` (zod, electron-updater), which electron-builder adds from
    // node_modules. No sources, no tests, no devDependencies, no source maps.
    files: ['out/**/*', 'package.json', '!out/**/*.map', '!**/*.{ts,tsx,md,map}', '!**/{test,tests,__tests__,docs,example,examples}/**'],
    asar: true,
    electronFuses: fuses(e2e),
    fileAssociations: [
      {
        ext: 'uprdesk',
        name: 'UPR Desk archive',
        description: 'UPR Desk archive',
        mimeType: 'application/x-upr-desk',
        role: 'Editor',
        rank: 'Owner'
      }
    ],
    publish: e2e ? null : publishConfig(env),
    win: {
      target: e2e ? [{ target: 'dir', arch: ['x64'] }] : [{ target: 'nsis', arch: ['x64', 'arm64'] }, { target: 'msi', arch: ['x64'] }],
      icon: 'icon.ico',
      signtoolOptions: { signingHashAlgorithms: ['sha256'] }
    },
    // Per user, no administrator rights: installs in %LOCALAPPDATA%\Programs, updates itself.
    nsis: {
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'UPR Desk',
      artifactName: artifact('setup')
    },
    // For IT (Intune, SCCM, GPO): per machine, silent with msiexec /qn, updated by IT (the app does not update itself).
    msi: {
      oneClick: true,
      perMachine: true,
      upgradeCode: MSI_UPGRADE_CODE,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'UPR Desk',
      artifactName: artifact('msi')
    },
    mac: {
      target: e2e ? [{ target: 'dir', arch: ['arm64', 'x64'] }] : [{ target: 'dmg', arch: ['arm64', 'x64'] }, { target: 'zip', arch: ['arm64', 'x64'] }],
      icon: 'icon.icns',
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'resources/installer/entitlements.mac.plist',
      entitlementsInherit: 'resources/installer/entitlements.mac.plist',
      // Without a certificate: an ad-hoc signature, which Apple silicon needs to run the app at all.
      identity: signing.mac ? undefined : '-',
      notarize: signing.notarise
    },
    dmg: { artifactName: artifact('mac') },
    linux: {
      target: e2e ? [{ target: 'dir', arch: ['x64'] }] : [{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }],
      icon: 'icons',
      category: 'Office',
      executableName: 'upr-desk',
      maintainer: 'UPR Desk',
      synopsis: 'The Universal Periodic Review, for Permanent Missions',
      mimeTypes: ['application/x-upr-desk']
    },
    appImage: { artifactName: artifact('linux') },
    deb: { artifactName: artifact('linux') }
  }
}

const config = buildConfig(process.env)
if (!process.env['VITEST']) for (const note of signingStatus(process.env).notes) console.log(`[packaging] ${note}`)

export default config
