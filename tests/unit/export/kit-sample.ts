import { encodePng } from '../../../src-renderer/demo/png'
import {
  buildMissionDocument,
  bullets,
  checkAgainstDelivery,
  fittedTable,
  heading,
  numberedList,
  packDocx,
  para,
  titleBlock,
  type Emblem
} from '../../../src-renderer/export/kit'

/** A tiny valid PNG (a solid navy square) for emblem tests. */
export function pngSquare(side = 8): Uint8Array {
  const raw = new Uint8Array(side * (1 + side * 3))
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) raw.set([0x1f, 0x38, 0x64], y * (1 + side * 3) + 1 + x * 3)
  return encodePng({ width: side, height: side, bitDepth: 8, colourType: 2, raw })
}

/** A document using every part of the kit: a statement page, then a landscape table of `rows` rows. */
export async function kitSampleDocx(rows = 80, emblem: Emblem | null = { bytes: pngSquare(), type: 'png', width: 8, height: 8 }): Promise<Uint8Array> {
  const tableRows = Array.from({ length: rows }, (_, i) => [
    `105.${i + 1}`,
    `Strengthen the measures to guarantee access to primary health care in rural areas, recommendation number ${i + 1}, with enough words to wrap over two lines of the cell.`,
    'Supported',
    'In progress'
  ])
  return packDocx(
    buildMissionDocument({
      language: 'en',
      title: 'Universal Periodic Review of Slovenia',
      subject: 'Statement by Portugal',
      creator: 'Permanent Mission of Portugal to the United Nations Office and other international organizations in Geneva',
      description: 'Kit sample',
      letterhead: { missionName: 'Permanent Mission of Portugal to the United Nations Office and other international organizations in Geneva', emblem },
      sections: [
        {
          orientation: 'portrait',
          blocks: [
            checkAgainstDelivery(),
            heading('Universal Periodic Review of Slovenia', 0),
            ...titleBlock([
              { label: 'Meeting', value: '48th session of the UPR Working Group' },
              { label: 'Speaker', value: 'H.E. the Ambassador' },
              { label: 'Date', value: '28 January 2025' },
              { label: 'Empty', value: '' }
            ]),
            para('Thank you, Mr President.'),
            heading('Recommendations', 1),
            para('Portugal recommends that Slovenia:'),
            ...numberedList(['Adopt a national action plan.', 'Ratify the Convention.']),
            heading('Second list', 2),
            ...numberedList(['Starts again at one.']),
            ...bullets(['A bullet.']),
            para('Thank you.', { bold: true })
          ]
        },
        {
          orientation: 'landscape',
          blocks: [
            heading('Implementation table', 1),
            fittedTable({
              orientation: 'landscape',
              columns: [
                { header: 'No.', weight: 1 },
                { header: 'Recommendation', weight: 6 },
                { header: 'Position', weight: 1.5 },
                { header: 'Status', weight: 1.5 }
              ],
              rows: tableRows
            })
          ]
        }
      ]
    })
  )
}
