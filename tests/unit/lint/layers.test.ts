// The layers are enforced by lint at every depth: each probe below is an import of the wrong kind, from a
// nested path, that lint must refuse (and a few of the right kind that it must accept). The probes are
// linted as text under their paths; nothing is written to the source folders.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)
}

const refused: [string, string, string][] = [
  // domain/ is pure, at any depth
  ['domain → db', 'src-renderer/domain/review/probe.ts', "import { openDatabase } from '../../db/schema/open'\nexport const x = openDatabase"],
  ['domain → platform', 'src-renderer/domain/review/probe.ts', "import { getPlatform } from '../../platform'\nexport const x = getPlatform"],
  ['domain → i18n', 'src-renderer/domain/review/probe.ts', "import { initI18n } from '../../i18n'\nexport const x = initI18n"],
  ['domain → import', 'src-renderer/domain/review/probe.ts', "import { parseWorkingGroupReport } from '../../import/wg-report'\nexport const x = parseWorkingGroupReport"],
  ['domain → dexie', 'src-renderer/domain/measures/probe.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
  ['domain → react', 'src-renderer/domain/statements/probe.ts', "import { useState } from 'react'\nexport const x = useState"],
  // the pure layers below db
  ['import → db', 'src-renderer/import/measures/probe.ts', "import { RecommendationRepository } from '../../db/repositories/recommendations'\nexport const x = RecommendationRepository"],
  ['import → docx', 'src-renderer/import/probe.ts', "import { Document } from 'docx'\nexport const x = Document"],
  ['export → dexie', 'src-renderer/export/kit/probe.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
  ['export → features', 'src-renderer/export/review/probe.ts', "import { saveExport } from '../../features/review'\nexport const x = saveExport"],
  ['archive → db', 'src-renderer/archive/probe.ts', "import { ArchiveRepository } from '../db/data-safety/archive-repository'\nexport const x = ArchiveRepository"],
  // db and platform look only downwards
  ['db → features', 'src-renderer/db/hooks/probe.ts', "import { saveExport } from '../../features/review'\nexport const x = saveExport"],
  ['db → platform', 'src-renderer/db/repositories/probe.ts', "import { getPlatform } from '../../platform'\nexport const x = getPlatform"],
  ['db → i18n', 'src-renderer/db/repositories/probe.ts', "import { initI18n } from '../../i18n'\nexport const x = initI18n"],
  ['platform → features', 'src-renderer/platform/probe.ts', "import { saveExport } from '../features/review'\nexport const x = saveExport"],
  ['platform → the IPC contract, for more than its types', 'src-renderer/platform/probe.ts', "import { saveFileArgsSchema } from '../../src-main/ipc/contract'\nexport const x = saveFileArgsSchema"],
  // features: no database, no file-format library, no other feature's inner files
  ['feature → the database itself', 'src-renderer/features/settings/deep/probe.ts', "import { UprDeskDatabase } from '../../../db/schema/database'\nexport const x = UprDeskDatabase"],
  ['feature → dexie-react-hooks', 'src-renderer/features/settings/deep/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks'\nexport const x = useLiveQuery"],
  ['feature → dexie', 'src-renderer/features/measures/probe.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
  ['feature → docx', 'src-renderer/features/statements/deep/probe.ts', "import { Document } from 'docx'\nexport const x = Document"],
  ['feature → another feature’s inner file', 'src-renderer/features/sessions/deep/probe.ts', "import { SessionDatesForm } from '../../review/SessionDatesForm'\nexport const x = SessionDatesForm"],
  // components serve features, never the other way round
  ['components → features', 'src-renderer/components/deep/probe.tsx', "import { saveExport } from '../../features/review'\nexport const x = saveExport"],
  ['components → db', 'src-renderer/components/probe.tsx', "import { useRepositories } from '../db/hooks/context'\nexport const x = useRepositories"],
  // the renderer never reaches Node or Electron
  ['renderer → electron/renderer', 'src-renderer/features/settings/probe.ts', "import { ipcRenderer } from 'electron/renderer'\nexport const x = ipcRenderer"],
  ['renderer → electron', 'src-renderer/platform/deep/probe.ts', "import { shell } from 'electron'\nexport const x = shell"],
  ['renderer → node:fs', 'src-renderer/db/data-safety/probe.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile"],
  // the route module is the only reader and writer of the address
  ['a page writes the hash', 'src-renderer/features/measures/probe.ts', "export function go(): void {\n  window.location.hash = '#/settings'\n}"],
  ['a page reads the hash', 'src-renderer/features/review/deep/probe.ts', 'export const here = (): string => location.hash'],
  ['a page replaces the history entry', 'src-renderer/features/statements/probe.ts', "export const go = (): void => window.history.replaceState(null, '', '#/x')"],
  ['a page listens for hash changes', 'src-renderer/components/probe.ts', "window.addEventListener('hashchange', () => undefined)"],
  // main never imports the renderer, and only ipc/register.ts touches ipcMain
  ['main → renderer', 'src-main/files/probe.ts', "import type { Recommendation } from '../../src-renderer/domain/model'\nexport type X = Recommendation"],
  ['main → ipcMain under another name', 'src-main/files/probe.ts', "import { ipcMain as m } from 'electron'\nexport const x = m"],
  ['main → ipcMain through the namespace', 'src-main/deep/probe.ts', "import * as electron from 'electron'\nexport const x = electron.ipcMain"],
  ['main → ipcMain by destructuring', 'src-main/probe.ts', "import * as electron from 'electron'\nexport const { ipcMain } = electron"]
]

const accepted: [string, string, string][] = [
  ['domain → reference data', 'src-renderer/domain/review/probe.ts', "import { STATES } from '../../../resources/reference/states'\nexport const x = STATES"],
  ['db → dexie', 'src-renderer/db/repositories/probe.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
  ['feature → its own files', 'src-renderer/features/review/deep/probe.ts', "import { SessionDatesForm } from '../SessionDatesForm'\nexport const x = SessionDatesForm"],
  ['feature → another feature’s public entry', 'src-renderer/features/sessions/deep/probe.ts', "import { SessionDatesForm } from '../../review'\nexport const x = SessionDatesForm"],
  ['feature → db hooks', 'src-renderer/features/measures/probe.ts', "import { useRepositories } from '../../db/hooks/context'\nexport const x = useRepositories"],
  ['platform → the IPC contract’s types', 'src-renderer/platform/probe.ts', "import type { UprDeskApi } from '../../src-main/ipc/contract'\nexport type X = UprDeskApi"],
  ['main → electron and Node', 'src-main/files/probe.ts', "import { app } from 'electron'\nimport { join } from 'node:path'\nexport const x = [app, join]"],
  ['the route module → the address', 'src-renderer/routes/probe.ts', "export const here = (): string => window.location.hash"],
  ['a variable named history', 'src-renderer/sync/probe.ts', 'export function newest(history: string[]): string | undefined {\n  return history.at(0)\n}'],
  ['a page reloads the app', 'src-renderer/features/data-safety/probe.ts', 'export const reload = (): void => window.location.reload()'],
  ['ipc/register.ts → ipcMain', 'src-main/ipc/register.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain"]
]

describe('the layers, enforced by lint at every depth', () => {
  it.each(refused)('refuses %s', async (_name, filePath, code) => {
    // Refused by a layer rule, not by some other lint rule that happens to fire.
    const found = await problems(filePath, code)
    expect(found.some((m) => /^(boundaries\/dependencies|no-restricted-imports|no-restricted-syntax|no-restricted-globals):/.test(m)), found.join('\n')).toBe(true)
  })

  it.each(accepted)('accepts %s', async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([])
  })
})
