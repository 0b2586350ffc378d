let lastTime = 0
let sequence = 0

/**
 * A new stable record id: a prefix, then time and sequence (so ids sort in creation order, which keeps
 * the file order of an import), then randomness (so ids made on two laptops never collide).
 */
export function newId(prefix: string): string {
  const now = Date.now()
  if (now === lastTime) {
    sequence++
  } else {
    lastTime = now
    sequence = 0
  }
  const random = crypto.randomUUID().replace(/-/g, '').slice(0, 12)
  return `${prefix}_${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(5, '0')}${random}`
}

/** The current instant as an ISO 8601 timestamp. */
export function nowIso(): string {
  return new Date().toISOString()
}
