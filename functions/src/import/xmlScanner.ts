// A small streaming XML scanner for the closed subset of SpreadsheetML an import reads: tags, attributes, text and
// the predefined and numeric entities, fed in pieces. A DTD is refused, so no entity can expand.
import { damaged } from './zipEntries';

/** What the scanner reports; element names without their namespace prefix, text with entities decoded. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  /** A piece of text; one text node may come in several pieces. */
  text(text: string): void;
}

/** The longest markup (a tag, a comment, a CDATA section) the scanner waits for; SpreadsheetML's are short. */
const MAX_MARKUP_CHARS = 1024 * 1024;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const [GT, SLASH, QUOTE, APOSTROPHE, SPACE] = [62, 47, 34, 39, 32];

/** Text with its entities replaced; 415 for an unknown entity or an invalid character reference. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]{0,10});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw damaged();
    if (name in NAMED) return NAMED[name]!;
    const code = /^#x[0-9a-f]+$/i.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#\d+$/.test(name)
        ? Number(name.slice(1))
        : NaN;
    if (!(code >= 0 && code <= 0x10ffff)) throw damaged();
    return String.fromCodePoint(code);
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Where a tag starting at `from` ends (after its `>`), skipping `>` inside quoted values; -1 if not yet complete. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let at = from + 1; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (quote) {
      if (char === quote) quote = 0;
    } else if (char === QUOTE || char === APOSTROPHE) quote = char;
    else if (char === GT) return at + 1;
  }
  return -1;
}

/** The attributes of every tag that has none: one object, not one per tag. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** Skips white space from `at`, stopping at `to`. */
function skipSpace(text: string, at: number, to: number): number {
  while (at < to && text.charCodeAt(at) <= SPACE) at += 1;
  return at;
}

/** The attributes of a start tag whose attribute text runs from `from` to `to`; 415 when one is malformed. */
function attributesOf(text: string, from: number, to: number): Readonly<Record<string, string>> {
  let at = skipSpace(text, from, to);
  if (at >= to) return NO_ATTRIBUTES;
  const attributes: Record<string, string> = {};
  for (; at < to; at = skipSpace(text, at, to)) {
    const equals = text.indexOf('=', at);
    if (equals < 0 || equals >= to) throw damaged();
    const open = skipSpace(text, equals + 1, to);
    const quote = text.charCodeAt(open);
    if (quote !== QUOTE && quote !== APOSTROPHE) throw damaged();
    const close = text.indexOf(quote === QUOTE ? '"' : "'", open + 1);
    if (close < 0 || close >= to) throw damaged();
    attributes[text.slice(at, equals).trim()] = decodeEntities(text.slice(open + 1, close));
    at = close + 1;
  }
  return attributes;
}

/** Feeds text in pieces to a handler; `end` checks nothing is left half-written and every element was closed. */
export class XmlScanner {
  private pending = '';
  private depth = 0;

  constructor(private readonly handler: XmlHandler) {}

  write(piece: string): void {
    if (!this.pending) return this.scan(piece);
    // Finish what the last piece left open with only the head of this one, so this one is not copied whole.
    const stop = piece.indexOf(this.pending.startsWith('<') ? '>' : ';');
    if (stop < 0) return this.scan(this.pending + piece);
    this.scan(this.pending + piece.slice(0, stop + 1));
    const rest = piece.slice(stop + 1);
    this.scan(this.pending ? this.pending + rest : rest);
  }

  end(): void {
    if (this.pending.trim() || this.depth !== 0) throw damaged();
  }

  /** Reports what the text holds and keeps what is not yet complete for the next piece. */
  private scan(text: string): void {
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        // Text up to an entity that may continue in the next piece.
        const amp = text.lastIndexOf('&');
        const safe = amp >= at && text.indexOf(';', amp) < 0 ? amp : text.length;
        if (safe > at) this.handler.text(decodeEntities(text.slice(at, safe)));
        at = safe;
        break;
      }
      if (lt > at) this.handler.text(decodeEntities(text.slice(at, lt)));
      const end = this.markup(text, lt);
      if (end < 0) {
        at = lt;
        break;
      }
      at = end;
    }
    this.pending = text.slice(at);
    if (this.pending.length > MAX_MARKUP_CHARS) throw damaged();
  }

  /** Reports the markup starting at `lt` and returns where it ends, or -1 when it is not yet complete. */
  private markup(text: string, lt: number): number {
    const enclosed = (open: string, close: string) => {
      const end = text.indexOf(close, lt + open.length);
      return end < 0 ? -1 : end + close.length;
    };
    // Every markup ends in `>`: until one comes, it is not complete.
    if (text.indexOf('>', lt) < 0) return -1;
    if (text.startsWith('<!--', lt)) return enclosed('<!--', '-->');
    if (text.startsWith('<?', lt)) return enclosed('<?', '?>');
    if (text.startsWith('<![CDATA[', lt)) {
      const end = enclosed('<![CDATA[', ']]>');
      if (end > 0) this.handler.text(text.slice(lt + 9, end - 3));
      return end;
    }
    // A DTD, which SpreadsheetML never has.
    if (text.startsWith('<!', lt)) throw damaged();
    const end = tagEnd(text, lt);
    if (end < 0) return -1;
    if (text.charCodeAt(lt + 1) === SLASH) {
      this.depth -= 1;
      this.handler.close(localName(text.slice(lt + 2, end - 1).trim()));
      return end;
    }
    const selfClosing = text.charCodeAt(end - 2) === SLASH;
    const last = selfClosing ? end - 2 : end - 1;
    let nameEnd = lt + 1;
    while (nameEnd < last && text.charCodeAt(nameEnd) > SPACE) nameEnd += 1;
    if (nameEnd === lt + 1) throw damaged();
    const name = text.slice(lt + 1, nameEnd);
    const attributes = attributesOf(text, nameEnd, last);
    if (!selfClosing) this.depth += 1;
    this.handler.open(localName(name), attributes, selfClosing);
    return end;
  }
}
