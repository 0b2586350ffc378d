import type { SampleWriter } from './types'

/** The review area's sample documents (see scripts/samples.ts). */
export const reviewSamples: readonly SampleWriter[] = []
