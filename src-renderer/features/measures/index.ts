/** What other areas use from the recovery measures area (its page loads on its own). */
export { LinkedMeasures } from './LinkedMeasures'
