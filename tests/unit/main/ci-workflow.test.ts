import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateWorkflow } from '@action-validator/core'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '../../..')
const text = readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')

interface Step {
  run?: string
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string | string[]
  if?: string
  steps: Step[]
  strategy?: { matrix: { os: string[] } }
  permissions?: Record<string, string>
}
const workflow = parse(text) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> }
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n')

describe('.github/workflows/ci.yml', () => {
  it('is a valid GitHub Actions workflow (action-validator, with GitHub’s schema)', () => {
    expect(validateWorkflow(text).errors).toEqual([])
  })

  it('sets up a Node that Electron and its download tools accept (their engines field), in both workflows', () => {
    const electron = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { engines: { node: string } }
    const needed = Number(/(\d+)/.exec(electron.engines.node)?.[1])
    for (const file of ['ci.yml', 'couchdb.yml']) {
      const jobs = Object.values((parse(readFileSync(join(root, '.github/workflows', file), 'utf8')) as { jobs: Record<string, Job> }).jobs)
      const versions = jobs.flatMap((job) => job.steps.filter((s) => s.uses?.startsWith('actions/setup-node')).map((s) => Number(s.with?.['node-version'])))
      expect(versions.length, file).toBeGreaterThan(0)
      for (const version of versions) expect(version, `${file}: node-version ${version}, Electron needs ${electron.engines.node}`).toBeGreaterThanOrEqual(needed)
    }
  })

  it('the validator does catch a broken workflow', () => {
    expect(validateWorkflow('on: push\njobs:\n  x:\n    stepz: []\n').errors.length).toBeGreaterThan(0)
  })

  it('runs the whole test suite on Ubuntu on every push, with Playwright’s Chromium', () => {
    const test = workflow.jobs['test']!
    expect(test['runs-on']).toBe('ubuntu-latest')
    expect(runs(test)).toMatch(/npm ci/)
    expect(runs(test)).toMatch(/npm test/)
    expect(runs(test)).toMatch(/CHROMIUM_PATH=/)
    expect(runs(test)).toMatch(/scripts\/check-package\.ts/)
  })

  it('builds the installers on Windows, macOS and Linux and drives the packaged app with the desktop suite', () => {
    const installers = workflow.jobs['installers']!
    expect(installers.strategy?.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest'])
    const commands = runs(installers)
    expect(commands).toMatch(/electron-builder --config electron-builder\.config\.ts --publish never/)
    expect(commands).toMatch(/check-package\.ts --app/)
    expect(commands).toMatch(/xvfb-run .*playwright test --config playwright\.electron\.config\.ts/)
    const e2eBuild = installers.steps.find((s) => s.env?.['UPR_DESK_E2E_BUILD'] === '1')
    expect(e2eBuild?.run).toMatch(/--dir/)
    expect(installers.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true)
  })

  it('makes a draft release from tags v*, with write access only there', () => {
    expect(workflow.on.push.tags).toEqual(['v*'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
    const release = workflow.jobs['release']!
    expect(release.if).toMatch(/refs\/tags\/v/)
    expect(release.needs).toBe('installers')
    expect(release.permissions).toEqual({ contents: 'write' })
    expect(release.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@'))).toMatchObject({ with: { draft: true } })
  })
})
