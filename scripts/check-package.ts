// Checks what an installer carries: the fuses burnt into the Electron binary and the contents of
// app.asar (only the bundled output, package.json and main's runtime dependencies; no sources, no
// tests, no devDependencies, no source maps). Prints JSON; exit 1 when something is wrong.
//   tsx scripts/check-package.ts                 packs a Linux --dir build here, with a stand-in Electron
//                                                binary that carries Electron's fuse wire (no Electron
//                                                can be downloaded on the build machines)
//   tsx scripts/check-package.ts --app <dir>     checks a real unpacked build (dist/linux-unpacked,
//                                                dist/win-unpacked, dist/mac-arm64/UPR Desk.app)
import { listPackage } from '@electron/asar'
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses'
import { Arch, Platform, build } from 'electron-builder'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, fuses } from '../electron-builder.config'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Electron's fuse sentinel, then version 1 and eight fuses in Electron's default state. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const DEFAULT_WIRE = '10110001'

/** How a fuse reads on the wire: the characters '1' and '0' (@electron/fuses does not export its FuseState). */
const ENABLED = '1'.charCodeAt(0)
const DISABLED = '0'.charCodeAt(0)

const FUSE_NAMES: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges
}

async function standInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true })
  const binary = Buffer.concat([Buffer.from('\x7fELF stand-in for packaging checks\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.alloc(64)])
  await writeFile(join(dir, 'electron'), binary)
  await chmod(join(dir, 'electron'), 0o755)
  await writeFile(join(dir, 'LICENSE'), 'MIT')
}

/** The packages main needs at run time: the production closure of package-lock.json. */
async function productionPackages(): Promise<Set<string>> {
  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> }
  const names = new Set<string>()
  for (const [path, info] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || info.dev || info.devOptional) continue
    names.add(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  }
  return names
}

// @electron/fuses finds the fuse wire itself in a macOS bundle (inside Electron Framework).
function locate(appDir: string): { binary: string; asar: string } {
  if (appDir.endsWith('.app')) return { binary: appDir, asar: join(appDir, 'Contents/Resources/app.asar') }
  const exe = existsSync(join(appDir, 'UPR Desk.exe')) ? join(appDir, 'UPR Desk.exe') : join(appDir, 'upr-desk')
  return { binary: exe, asar: join(appDir, 'resources/app.asar') }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--app')
  let appDir = at >= 0 ? process.argv[at + 1] : undefined
  let scratch: string | null = null
  const expectedFuses = fuses(process.env['UPR_DESK_E2E_BUILD'] === '1')
  try {
    if (appDir === undefined) {
      scratch = await mkdtemp(join(tmpdir(), 'upr-desk-package-'))
      const electronDist = join(scratch, 'electron')
      await standInElectron(electronDist)
      const config = buildConfig({ ...process.env, UPR_DESK_E2E_BUILD: undefined, GITHUB_REPOSITORY: undefined, UPR_DESK_UPDATE_URL: undefined })
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir', Arch.x64),
        publish: 'never',
        config: { ...config, electronDist, electronVersion: '45.5.0', directories: { ...config.directories, output: join(scratch, 'dist') } }
      })
      appDir = join(scratch, 'dist/linux-unpacked')
    }
    const { binary, asar } = locate(appDir)
    const problems: string[] = []

    const wire = await getCurrentFuseWire(binary)
    const fuseReport: Record<string, string> = {}
    for (const [name, option] of Object.entries(FUSE_NAMES)) {
      const state = wire[option]
      const actual = state === ENABLED ? true : state === DISABLED ? false : null
      fuseReport[name] = actual === null ? 'absent' : actual ? 'on' : 'off'
      const wanted = expectedFuses[name as keyof typeof expectedFuses]
      if (wanted !== undefined && actual !== wanted) problems.push(`fuse ${name} is ${fuseReport[name]}, should be ${wanted ? 'on' : 'off'}`)
    }

    const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    const production = await productionPackages()
    const topLevel = new Set(entries.map((e) => e.split('/')[0]))
    for (const name of topLevel) if (!['out', 'package.json', 'node_modules'].includes(name ?? '')) problems.push(`unexpected entry in app.asar: ${name}`)
    const packaged = new Set<string>()
    for (const entry of entries) {
      const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry)
      if (match?.[1]) packaged.add(match[1])
      if (/\.(ts|tsx|map)$/.test(entry) && !entry.endsWith('.d.ts')) problems.push(`source or map in app.asar: ${entry}`)
    }
    for (const name of packaged) if (!production.has(name)) problems.push(`a package main does not need at run time: ${name}`)
    for (const needed of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json', 'node_modules/zod/package.json', 'node_modules/electron-updater/package.json']) {
      if (!entries.includes(needed)) problems.push(`missing from app.asar: ${needed}`)
    }
    const workers = entries.filter((e) => /^out\/renderer\/assets\/.*worker.*\.m?js$/.test(e)).map((e) => e.split('/').pop())

    const summary = {
      ok: problems.length === 0,
      app: scratch ? 'stand-in Linux build' : relative(root, appDir),
      fuses: fuseReport,
      asar: { entries: entries.length, topLevel: [...topLevel].sort(), packages: [...packaged].sort(), workers },
      problems
    }
    console.log(JSON.stringify(summary, null, 2))
    if (!summary.ok) process.exitCode = 1
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true })
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
