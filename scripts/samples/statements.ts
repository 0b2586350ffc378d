import type { SampleWriter } from './types'

/** The statements area's sample documents (see scripts/samples.ts). */
export const statementSamples: readonly SampleWriter[] = []
