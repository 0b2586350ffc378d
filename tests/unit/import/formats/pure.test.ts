import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dir = new URL('../../../../src-renderer/import/formats/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))

describe('the reading layer runs in a Web Worker and a browser as well as in Node', () => {
  it('has its files', () => {
    expect(files).toEqual(expect.arrayContaining(['zip.ts', 'xml.ts', 'xlsx.ts', 'word.ts', 'cfb.ts', 'biff8.ts', 'csv.ts', 'tables.ts']))
  })

  it.each(files)('%s uses no DOM and no Node API', (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8')
    expect(source).not.toMatch(/\bnew DOMParser\b|(?<![\w./'"`])(document|window|process|Buffer)\.|\brequire\(|from 'node:|from 'fs'|from 'path'/)
  })
})
