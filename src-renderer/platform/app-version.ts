/** The version of this build, from package.json (Vite keeps only this field in the bundle). */
import { version } from '../../package.json'

export const BUILD_VERSION: string = version
