import type { SampleWriter } from './types'

/** The measures area's sample documents (see scripts/samples.ts). */
export const measureSamples: readonly SampleWriter[] = []
