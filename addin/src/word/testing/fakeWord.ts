// A Word request context for unit tests: office-addin-mock for loaded scalars, hand-made recording objects for the
// ranges, paragraphs, content controls and collections office-addin-mock cannot mock; every sync is counted.
import { OfficeMockObject } from 'office-addin-mock';

let nextListId = 100;

/** A Word list (or its null object): the id the numbering joins, and the numbering set on level 0. */
export class FakeList {
  numbering?: unknown[];
  constructor(
    readonly id: number,
    readonly isNullObject = false,
  ) {}
  load() {}
  setLevelNumbering(level: number, numbering: string, format: unknown[]) {
    this.numbering = [level, numbering, format];
  }
}

export const NO_LIST = new FakeList(-1, true);

/** Anything the adapter creates or finds: a paragraph, a range or a content control, with what was set on it. */
export class FakeNode {
  readonly children: FakeNode[] = [];
  styleBuiltIn?: string;
  tag = '';
  title = '';
  text = '';
  placeholderText = '';
  cannotDelete?: boolean;
  cannotEdit?: boolean;
  comments: string[] = [];
  selected = false;
  /** The list the paragraph is numbered in. */
  list?: FakeList;
  /** Content controls inside this one (for a clause: its fields), as a collection. */
  contentControls: FakeCollection<FakeNode>;
  /** The last paragraph of a found control (its numbering is read), or the cursor's paragraph. */
  lastParagraph?: FakeNode;

  constructor(
    readonly kind: string,
    readonly log: unknown[],
    init: Partial<Pick<FakeNode, 'tag' | 'text'>> = {},
    nested: FakeNode[] = [],
  ) {
    Object.assign(this, init);
    this.contentControls = new FakeCollection(nested);
  }

  private add(child: FakeNode, call: Record<string, unknown>) {
    this.log.push({ on: this.kind, ...call });
    this.children.push(child);
    return child;
  }

  insertParagraph(text: string, location: string) {
    return this.add(new FakeNode('paragraph', this.log, { text }), { call: 'insertParagraph', text, location });
  }

  insertText(text: string, location: string) {
    if (location === 'Replace') this.text = text;
    return this.add(new FakeNode('range', this.log, { text }), { call: 'insertText', text, location });
  }

  insertContentControl(type?: string) {
    return this.add(new FakeNode(`control:${type ?? 'default'}`, this.log), { call: 'insertContentControl', type });
  }

  getRange() {
    return this;
  }

  get paragraphs() {
    return { getLast: () => this.lastParagraph ?? this };
  }

  get listOrNullObject() {
    return this.list ?? NO_LIST;
  }

  startNewList() {
    this.list = new FakeList(nextListId++);
    this.log.push({ on: this.kind, call: 'startNewList', text: this.text });
    return this.list;
  }

  attachToList(id: number, level: number) {
    this.list = new FakeList(id);
    this.log.push({ on: this.kind, call: 'attachToList', text: this.text, id, level });
    return this.list;
  }

  detachFromList() {
    this.list = undefined;
    this.log.push({ on: this.kind, call: 'detachFromList', text: this.text });
  }

  insertComment(text: string) {
    this.comments.push(text);
    this.log.push({ on: this.kind, call: 'insertComment', text });
  }

  select() {
    this.selected = true;
  }
}

export class FakeCollection<T> {
  loaded: string[] = [];
  constructor(readonly items: T[]) {}
  load(properties: string) {
    this.loaded.push(properties);
  }
  /** The controls with the tag; `getFirst()` throws like Word's ItemNotFound when there is none. */
  getByTag(tag: string) {
    const found = this.items.filter((item) => (item as { tag?: string }).tag === tag);
    return {
      getFirst: () => {
        if (!found[0]) throw new Error(`ItemNotFound: ${tag}`);
        return found[0];
      },
    };
  }
}

export interface FakeComment {
  content: string;
  deleted: boolean;
  delete(): void;
}

export function fakeComment(content: string): FakeComment {
  return {
    content,
    deleted: false,
    delete() {
      this.deleted = true;
    },
  };
}

export interface FakeWord {
  /** Pass to the adapter as `Word.run`. */
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  sync: jest.Mock;
  selection: FakeNode;
  /** The body, for insertions at the start of the document. */
  body: FakeNode;
  log: unknown[];
  mock: OfficeMockObject;
}

/**
 * A document whose body holds `controls` (document order, nested ones included) and `comments`, and whose first
 * list is `list` (none when absent). The cursor's paragraph is the selection itself; every sync is logged.
 */
export function fakeWord(
  options: { text?: string; controls?: FakeNode[]; comments?: FakeComment[]; list?: FakeList } = {},
): FakeWord {
  const log: unknown[] = [];
  const selection = new FakeNode('selection', log);
  const bodyNode = new FakeNode('body', log);
  const mock = new OfficeMockObject({
    document: { body: { text: options.text ?? '' }, changeTrackingMode: 'Off', getSelection: () => selection },
  });
  const body = (mock as unknown as { document: { body: Record<string, unknown> } }).document.body;
  body.contentControls = new FakeCollection(options.controls ?? []);
  body.insertParagraph = bodyNode.insertParagraph.bind(bodyNode);
  body.lists = { getFirstOrNullObject: () => options.list ?? NO_LIST };
  const comments = new FakeCollection(options.comments ?? []);
  body.getComments = () => comments;
  const realSync = mock.sync.bind(mock);
  const sync = jest.fn(() => {
    log.push({ on: 'context', call: 'sync' });
    return realSync();
  });
  return {
    run: (batch) => batch(Object.assign(mock, { sync }) as unknown as Word.RequestContext),
    sync,
    selection,
    body: bodyNode,
    log,
    mock,
  };
}
