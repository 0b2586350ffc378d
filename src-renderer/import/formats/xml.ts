/**
 * A small XML tokenizer for Office parts, in linear time whatever the input: it moves forward with
 * indexOf and never searches backwards, so a tag or element that never closes costs one pass, not
 * one pass per opening (as a lazy regular expression such as `<w:p[ >][\s\S]*?<\/w:p>` does). It does
 * not check well-formedness and expands no entity beyond the five predefined ones and character
 * references (no DTD entities, so no "billion laughs").
 */

export type XmlToken = 'open' | 'close' | 'text' | 'cdata' | 'end'

/** Walks an XML string token by token: `next()` moves, the fields describe the current token. */
export class XmlScanner {
  kind: XmlToken = 'end'
  /** Qualified name of the current tag (`w:p`). */
  name = ''
  /** True for `<x/>`. */
  selfClosing = false
  private pos = 0
  private attrFrom = 0
  private attrTo = 0
  private textFrom = 0
  private textTo = 0

  constructor(readonly xml: string) {}

  /** Moves to the next token and returns its kind; 'end' at the end or at a tag cut off by the end. */
  next(): XmlToken {
    const xml = this.xml
    const n = xml.length
    for (;;) {
      const pos = this.pos
      if (pos >= n) return (this.kind = 'end')
      if (xml.charCodeAt(pos) !== 60) {
        const lt = xml.indexOf('<', pos)
        this.textFrom = pos
        this.textTo = lt < 0 ? n : lt
        this.pos = this.textTo
        return (this.kind = 'text')
      }
      const c1 = xml.charCodeAt(pos + 1)
      if (c1 === 33 /* ! */) {
        if (xml.startsWith('<!--', pos)) {
          const end = xml.indexOf('-->', pos + 4)
          this.pos = end < 0 ? n : end + 3
          continue
        }
        if (xml.startsWith('<![CDATA[', pos)) {
          const end = xml.indexOf(']]>', pos + 9)
          this.textFrom = pos + 9
          this.textTo = end < 0 ? n : end
          this.pos = end < 0 ? n : end + 3
          return (this.kind = 'cdata')
        }
        this.pos = declarationEnd(xml, pos)
        continue
      }
      const gt = tagEnd(xml, pos)
      if (gt < 0) {
        this.pos = n
        return (this.kind = 'end')
      }
      this.pos = gt + 1
      if (c1 === 63 /* ? */) continue
      const closing = c1 === 47 /* / */
      let k = pos + (closing ? 2 : 1)
      const nameFrom = k
      while (k < gt) {
        const c = xml.charCodeAt(k)
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break
        k++
      }
      this.name = xml.slice(nameFrom, k)
      this.selfClosing = !closing && xml.charCodeAt(gt - 1) === 47
      this.attrFrom = k
      this.attrTo = this.selfClosing ? gt - 1 : gt
      return (this.kind = closing ? 'close' : 'open')
    }
  }

  /** The name of the current tag without its namespace prefix (`row` for `x:row`). */
  localName(): string {
    const colon = this.name.indexOf(':')
    return colon < 0 ? this.name : this.name.slice(colon + 1)
  }

  /** The raw value of an attribute of the current tag (entities not decoded), or null. */
  attr(name: string): string | null {
    const xml = this.xml
    const end = this.attrTo
    let k = this.attrFrom
    while (k < end) {
      while (k < end && isSpace(xml.charCodeAt(k))) k++
      const from = k
      while (k < end) {
        const c = xml.charCodeAt(k)
        if (c === 61 /* = */ || isSpace(c)) break
        k++
      }
      const attrName = xml.slice(from, k)
      while (k < end && isSpace(xml.charCodeAt(k))) k++
      if (xml.charCodeAt(k) !== 61) {
        if (k === from) k++
        continue // a name without a value: skip it
      }
      k++
      while (k < end && isSpace(xml.charCodeAt(k))) k++
      const quote = xml.charCodeAt(k)
      let value: string
      if (quote === 34 || quote === 39) {
        let stop = k + 1
        while (stop < end && xml.charCodeAt(stop) !== quote) stop++
        value = xml.slice(k + 1, stop)
        k = stop + 1
      } else {
        const from2 = k
        while (k < end && !isSpace(xml.charCodeAt(k))) k++
        value = xml.slice(from2, k)
      }
      if (attrName === name) return value
    }
    return null
  }

  /** The current text or CDATA, as written (entities not decoded). */
  rawText(): string {
    return this.xml.slice(this.textFrom, this.textTo)
  }

  /** The current text with entities decoded (CDATA as is); line ends CR LF read as LF. */
  text(): string {
    const raw = this.rawText()
    return this.kind === 'cdata' ? raw : decodeXmlText(raw)
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** Where a tag that starts at `lt` ends ('>' outside quotes), or -1 when the text ends first. */
function tagEnd(xml: string, lt: number): number {
  // Character by character: each character of the file is looked at once, whatever the quotes do.
  const n = xml.length
  let quote = 0
  for (let k = lt + 1; k < n; k++) {
    const c = xml.charCodeAt(k)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 62) return k
    else if (c === 34 || c === 39) quote = c
  }
  return -1
}

/** The end of a `<!DOCTYPE ...>` or other declaration, skipping an internal subset in brackets. */
function declarationEnd(xml: string, lt: number): number {
  let depth = 0
  for (let k = lt + 2; k < xml.length; k++) {
    const c = xml.charCodeAt(k)
    if (c === 91) depth++
    else if (c === 93) depth = Math.max(0, depth - 1)
    else if (c === 62 && depth === 0) return k + 1
  }
  return xml.length
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes the five XML entities and numeric character references; CR LF becomes LF. */
export function decodeXmlText(s: string): string {
  const text = s.includes('\r\n') ? s.replace(/\r\n/g, '\n') : s
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return Object.hasOwn(XML_ENTITIES, ref) ? (XML_ENTITIES[ref] ?? whole) : whole
  })
}
