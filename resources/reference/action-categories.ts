/**
 * UPR Info's action categories (the McMahon scale): the action a recommendation asks for, ranked by
 * its first verb and overall action from 1 (minimal) to 5 (specific). Source: UPR Info, "UPR Info's
 * Database: Action category" (October 2014), developed by Prof. Edward R. McMahon (University of
 * Vermont). UPR Info exports carry the category in their `Action` column.
 */

export type ActionCategoryNumber = 1 | 2 | 3 | 4 | 5

/** One rank of the scale. */
export interface ActionCategory {
  category: ActionCategoryNumber
  /** Short label, e.g. "Specific action". */
  label: string
  /** What a recommendation of this rank asks for, in UPR Info's words. */
  description: string
  /** UPR Info's example verbs and phrases, lower case. */
  verbs: string[]
}

export const ACTION_CATEGORIES: readonly ActionCategory[] = [
  {
    category: 1,
    label: 'Minimal action',
    description:
      'Recommendation directed at non-SuR States, or calling upon the SuR to request technical assistance or share information.',
    verbs: ['call on', 'seek', 'share']
  },
  {
    category: 2,
    label: 'Continuing action',
    description: 'Recommendation emphasizing continuity.',
    verbs: ['continue', 'maintain', 'persevere', 'persist', 'pursue']
  },
  {
    category: 3,
    label: 'Considering action',
    description: 'Recommendation to consider change.',
    verbs: ['analyse', 'consider', 'envisage', 'envision', 'examine', 'explore', 'reflect upon', 'revise', 'review', 'study']
  },
  {
    category: 4,
    label: 'General action',
    description: 'Recommendation of action that contains a general element.',
    verbs: [
      'accelerate',
      'address',
      'encourage',
      'engage with',
      'ensure',
      'guarantee',
      'intensify',
      'promote',
      'speed up',
      'strengthen',
      'take action',
      'take measures',
      'take steps towards'
    ]
  },
  {
    category: 5,
    label: 'Specific action',
    description:
      'Recommendation of specific action, including legal action (abolish, accede, adopt, amend, implement, enforce, ratify).',
    verbs: [
      'conduct',
      'develop',
      'eliminate',
      'establish',
      'investigate',
      'undertake',
      'abolish',
      'accede',
      'adopt',
      'amend',
      'implement',
      'enforce',
      'ratify'
    ]
  }
]

/**
 * UPR Info's coding principles, for the classifier and for help text: with an even rationale for two
 * actions the first counts; when a recommendation starts with two verbs the second counts ("Continue
 * and strengthen" is 4); a general action followed by specific examples counts as 5 ("Improve women's
 * rights by amending the family code").
 */
export const ACTION_CATEGORY_PRINCIPLES: readonly string[] = [
  'When there is a perfectly even rationale for two different actions, the first action counts.',
  'When a recommendation starts with two verbs, the second one counts ("Continue and strengthen ..." is category 4).',
  'A general action followed by examples of specific actions is category 5 ("Improve women\'s rights by amending the family code").'
]
