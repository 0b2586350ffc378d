// The policy file a mission's IT can deploy to steer updates: off, or from the mission's own feed.
// Read by main at start; pure parsing (zod), tested with hostile files. A file that is present but
// unreadable or invalid turns updates OFF: IT wrote it to restrict, so a typo must not open them.
import { readFile } from 'node:fs/promises'
import { join, win32 } from 'node:path'
import { z } from 'zod'

/** Largest policy file read. */
export const MAX_POLICY_BYTES = 64 * 1024

const httpsUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
    } catch {
      return false
    }
  }, 'an https URL without credentials')

/** The policy file's schema. Unknown top-level keys are ignored (other tools may share the file). */
export const policySchema = z.object({
  updates: z
    .strictObject({
      /** false: the app never checks, downloads or installs updates (IT deploys them). */
      enabled: z.boolean().default(true),
      /** The feed: a plain web folder holding latest.yml and the installers, or https://github.com/<owner>/<repo>. */
      feedUrl: httpsUrl.optional(),
      /** The update channel (`latest` unless IT chooses another, such as `beta`). */
      channel: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).optional()
    })
    .optional()
})

export type UpdatePolicy = z.output<typeof policySchema>

/** Where IT puts the policy file on each system. */
export function policyFilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (platform === 'win32') return win32.join(env['ProgramData'] ?? 'C:\\ProgramData', 'UPR Desk', 'policy.json')
  if (platform === 'darwin') return '/Library/Application Support/UPR Desk/policy.json'
  return join('/etc', 'upr-desk', 'policy.json')
}

/** What the policy file says: absent (no file), valid, or unusable (updates off, with the reason). */
export type PolicyReading = { status: 'absent' } | { status: 'valid'; policy: UpdatePolicy } | { status: 'unusable'; reason: string }

/** Parses the text of a policy file. */
export function parsePolicy(text: string): PolicyReading {
  if (text.length > MAX_POLICY_BYTES) return { status: 'unusable', reason: 'larger than 64 KB' }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { status: 'unusable', reason: 'not valid JSON' }
  }
  const parsed = policySchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { status: 'unusable', reason: `${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'invalid'}` }
  }
  return { status: 'valid', policy: parsed.data }
}

/** Reads the policy file at `path` (absent when there is none). */
export async function readPolicyFile(path: string, read: (path: string) => Promise<string> = (p) => readFile(p, 'utf8')): Promise<PolicyReading> {
  try {
    return parsePolicy(await read(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'absent' }
    return { status: 'unusable', reason: `cannot be read (${code ?? 'error'})` }
  }
}
