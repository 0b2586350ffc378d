import type { DemoDataset } from '../../src-renderer/demo'

/** One sample document: what it is, and how to build it from the demo mission. */
export interface SampleWriter {
  /** What the sample shows, e.g. "Recommending-State statement". */
  label: string
  build(demo: DemoDataset): Promise<{ fileName: string; bytes: Uint8Array }>
}
