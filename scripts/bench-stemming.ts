// Stemming for search in Node (issue 16): 100,000 words through the Snowball stemmers, each beside the
// bare library call and beside the hand-written English stemmer they replaced (kept here as it was), and
// 100,000 recommendation texts prepared for search (what an import or a register rebuild pays) by the
// new and the old code in the same run.
import { stemmer as frenchStemmer } from '@orama/stemmers/french'
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish'
import { stem as porter2 } from 'porter2'
import { buildDemoMission } from '../src-renderer/demo'
import { searchableText } from '../src-renderer/domain/search-text'
import { englishStem, stemToken } from '../src-renderer/domain/stemming'
import { percentile } from './bench-common'

// ---- The hand stemmer of search-text.ts before issue 16, unchanged, for comparison. ----
const OLD_COMBINING_MARKS = /[\u0300-\u036f]/g
const OLD_WORD = /[a-z0-9]+/g
function oldFoldText(text: string): string {
  return text.normalize('NFD').replace(OLD_COMBINING_MARKS, '').toLowerCase().replace(/[’']/g, "'")
}
const OLD_IRREGULAR: Record<string, string> = { children: 'child', women: 'woman', men: 'man', people: 'person', persons: 'person', girls: 'girl', boys: 'boy' }
const OLD_INFLECTIONS = ['ings', 'ing', 'ies', 'ied', 'ed', 'es', 'ly', 's']
const OLD_DERIVATIONS = ['izations', 'ization', 'isations', 'isation', 'ications', 'ication', 'ational', 'fulness', 'ousness', 'iveness', 'ments', 'ment', 'ations', 'ation', 'ities', 'ity', 'ise', 'ize', 'ive', 'al', 'e', 'y']
function oldStem(word: string): string {
  const irregular = OLD_IRREGULAR[word]
  if (irregular) return irregular
  if (word.length <= 3 || /\d/.test(word)) return word
  return oldStrip(oldStrip(word, OLD_INFLECTIONS), OLD_DERIVATIONS)
}
function oldStrip(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue
    if (suffix === 's' && /(ss|us|is)$/.test(word)) return word
    let base = word.slice(0, -suffix.length)
    if (base.endsWith('i')) base = base.slice(0, -1)
    if (/([bdfgmnprt])\1$/.test(base)) base = base.slice(0, -1)
    return base.length >= 3 ? base : word
  }
  return word
}
const OLD_CACHE = new Map<string, string>()
function oldSearchableText(text: string): string {
  const words = oldFoldText(text).match(OLD_WORD) ?? []
  const stems = words.map((w) => {
    let s = OLD_CACHE.get(w)
    if (s === undefined) OLD_CACHE.set(w, (s = oldStem(w)))
    return s
  })
  return ` ${stems.join(' ')} `
}
// ---- end of the old code ----

const FRENCH = [
  'Ratifier le Protocole facultatif se rapportant à la Convention contre la torture et renforcer les garanties juridiques',
  'Poursuivre ses efforts pour lutter contre la violence domestique et la violence à l’égard des femmes et des filles',
  'Garantir l’accès à une éducation de qualité pour les enfants roms et les enfants handicapés',
  'Protéger les droits des migrants, des réfugiés et des demandeurs d’asile, y compris en détention',
  'Assurer la sécurité des journalistes et des défenseurs des droits de l’homme et l’indépendance des médias'
]
const SPANISH = [
  'Ratificar el Protocolo Facultativo de la Convención contra la Tortura y reforzar las garantías jurídicas',
  'Proseguir sus esfuerzos para combatir la violencia doméstica y la violencia contra las mujeres y las niñas',
  'Garantizar el acceso a una educación de calidad para los niños romaníes y los niños con discapacidad',
  'Proteger los derechos de los migrantes, los refugiados y los solicitantes de asilo, incluso en detención',
  'Garantizar la seguridad de los periodistas y de los defensores de los derechos humanos y la libertad de expresión'
]

function words(texts: readonly string[], fold: boolean): string[] {
  const all = texts.flatMap((t) => (fold ? oldFoldText(t).match(OLD_WORD) : t.toLowerCase().match(/[\p{L}\p{N}]+/gu)) ?? [])
  return Array.from({ length: 100_000 }, (_, i) => all[(i * 7919) % all.length]!)
}

function timed(run: () => void, times: number): { medianMs: number; samplesMs: number[] } {
  run() // warm-up: compile, and fill the caches the code keeps
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    run()
    samples.push(Math.round((performance.now() - start) * 10) / 10)
  }
  return { medianMs: percentile(samples, 50), samplesMs: samples }
}

/** Figures for the stemmers, each beside its bare library call, and for preparing texts for search. */
export async function stemmingBench(log: (message: string) => void) {
  log('stemming: 100,000 words per stemmer, 100,000 texts prepared for search')
  const demo = buildDemoMission('2026-12-01').recommendations.map((r) => r.text)
  const english = words(demo, true)
  const french = words(FRENCH, false)
  const spanish = words(SPANISH, false)
  let sink = 0
  const run = (list: readonly string[], stem: (w: string) => string | string[]) => () => {
    for (const w of list) sink += stem(w).length
  }
  const texts = Array.from({ length: 100_000 }, (_, i) => demo[i % demo.length]!)
  const result = {
    words: 100_000,
    english: {
      oldHandStemmer: timed(run(english, oldStem), 5),
      porter2Bare: timed(run(english, porter2), 5),
      englishStem: timed(run(english, englishStem), 5)
    },
    french: { oramaBare: timed(run(french, frenchStemmer), 5), stemToken: timed(run(french, (w) => stemToken(w, 'fr')), 5) },
    spanish: { oramaBare: timed(run(spanish, spanishStemmer), 5), stemToken: timed(run(spanish, (w) => stemToken(w, 'es')), 5) },
    // As the register pays it: whole texts, the words' stems remembered from one text to the next.
    searchableText100k: {
      old: timed(() => texts.forEach((t) => (sink += oldSearchableText(t).length)), 7),
      new: timed(() => texts.forEach((t) => (sink += searchableText(t).length)), 7)
    },
    note: 'bare = the library call alone; englishStem / stemToken = ours (the Snowball 3 word starts, British spellings, acronyms, -ify, folding and the language tag); searchableText = tokenise, guess the language, stem with the cache, join'
  }
  if (sink === 0) throw new Error('nothing stemmed')
  return result
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void stemmingBench((m) => process.stderr.write(`${m}\n`)).then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
}
