/**
 * A strict, independent iCalendar reader for the tests (unit and e2e): it checks the RFC 5545 rules the
 * writer must follow (CRLF only, lines of at most 75 octets, balanced BEGIN/END) and unfolds, splits and
 * unescapes properties, so that a test reads back what a calendar application would.
 */

export interface IcsProperty {
  name: string
  params: Record<string, string>
  value: string
}

export interface IcsComponent {
  type: string
  properties: IcsProperty[]
  components: IcsComponent[]
}

/** Problems found while reading: empty for a valid file. */
export interface IcsReadResult {
  calendar: IcsComponent | null
  problems: string[]
}

/** Reads an .ics text; never throws, lists what breaks the rules. */
export function readIcs(text: string): IcsReadResult {
  const problems: string[] = []
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF')
  const physical = text.split('\r\n')
  if (physical[physical.length - 1] === '') physical.pop()
  const encoder = new TextEncoder()
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1}: a bare CR or LF`)
    const octets = encoder.encode(line).byteLength
    if (octets > 75) problems.push(`line ${i + 1}: ${octets} octets (more than 75)`)
  })
  const logical: string[] = []
  for (const line of physical) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && logical.length > 0) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  const stack: IcsComponent[] = []
  let calendar: IcsComponent | null = null
  for (const line of logical) {
    const property = parseLine(line)
    if (!property) {
      problems.push(`not a content line: ${line}`)
      continue
    }
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { type: property.value, properties: [], components: [] }
      stack[stack.length - 1]?.components.push(component)
      stack.push(component)
      if (!calendar) calendar = component
    } else if (property.name === 'END') {
      const open = stack.pop()
      if (open?.type !== property.value) problems.push(`END:${property.value} closes ${open?.type ?? 'nothing'}`)
    } else if (stack.length === 0) {
      problems.push(`property outside a component: ${line}`)
    } else {
      stack[stack.length - 1]!.properties.push(property)
    }
  }
  if (stack.length > 0) problems.push(`not closed: ${stack.map((c) => c.type).join(', ')}`)
  return { calendar, problems }
}

/** The first value of a property, unescaped as TEXT. */
export function textOf(component: IcsComponent, name: string): string | undefined {
  const property = component.properties.find((p) => p.name === name)
  return property === undefined ? undefined : unescapeText(property.value)
}

/** The first property with this name. */
export function propertyOf(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((p) => p.name === name)
}

/** The VEVENTs of a calendar. */
export function eventsOf(calendar: IcsComponent): IcsComponent[] {
  return calendar.components.filter((c) => c.type === 'VEVENT')
}

function parseLine(line: string): IcsProperty | null {
  // The name and parameters end at the first colon outside a quoted parameter value.
  let inQuotes = false
  let colon = -1
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '"') inQuotes = !inQuotes
    else if (c === ':' && !inQuotes) {
      colon = i
      break
    }
  }
  if (colon <= 0) return null
  const [name, ...rawParams] = line.slice(0, colon).split(';')
  if (!name || !/^[A-Z0-9-]+$/i.test(name)) return null
  const params: Record<string, string> = {}
  for (const p of rawParams) {
    const eq = p.indexOf('=')
    if (eq <= 0) return null
    params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '')
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) }
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}
