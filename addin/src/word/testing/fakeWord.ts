// A Word request context for unit tests: office-addin-mock for loaded scalars, hand-made recording objects for the
// ranges, paragraphs, content controls, lists and collections office-addin-mock cannot mock; every sync is counted.
// Like Word, a batch whose command fails runs nothing queued after that command, and its sync rejects.
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

/**
 * The calls made, in order. `failure` is set by a command that fails (a lookup of a removed list): what is queued
 * after it goes to `skipped` instead of into the document, and the next sync rejects with that error code.
 */
export type FakeLog = unknown[] & { failure?: string; skipped?: unknown[] };

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

  /** Runs the command, or records it as skipped after a failed command in the same batch. */
  private command(call: Record<string, unknown>, apply: () => void) {
    const log = this.log as FakeLog;
    const entry = { on: this.kind, ...call };
    if (log.failure) (log.skipped ??= []).push(entry);
    else {
      log.push(entry);
      apply();
    }
  }

  private add(child: FakeNode, call: Record<string, unknown>) {
    this.command(call, () => this.children.push(child));
    return child;
  }

  insertParagraph(text: string, location: string) {
    return this.add(new FakeNode('paragraph', this.log, { text }), { call: 'insertParagraph', text, location });
  }

  insertText(text: string, location: string) {
    const range = this.add(new FakeNode('range', this.log, { text }), { call: 'insertText', text, location });
    if (location === 'Replace' && !(this.log as FakeLog).failure) this.text = text;
    return range;
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
    const list = new FakeList(nextListId++);
    this.command({ call: 'startNewList', text: this.text }, () => (this.list = list));
    return list;
  }

  attachToList(id: number, level: number) {
    const list = new FakeList(id);
    this.command({ call: 'attachToList', text: this.text, id, level }, () => (this.list = list));
    return list;
  }

  detachFromList() {
    this.command({ call: 'detachFromList', text: this.text }, () => (this.list = undefined));
  }

  insertComment(text: string) {
    this.command({ call: 'insertComment', text }, () => this.comments.push(text));
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
  log: FakeLog;
  /** Commands queued after a failed command, which Word does not run. */
  skipped: () => unknown[];
  /** Removes a list from the document, as a user deleting its paragraphs would. */
  removeList: (id: number) => void;
  mock: OfficeMockObject;
}

/**
 * A document whose body holds `controls` (document order, nested ones included) and `comments`, and whose first
 * list is `list` (none when absent). The cursor's paragraph is the selection itself; every sync is logged. Any list
 * id is found by `lists.getById` unless `removeList` removed it.
 */
export function fakeWord(
  options: { text?: string; controls?: FakeNode[]; comments?: FakeComment[]; list?: FakeList } = {},
): FakeWord {
  const log: FakeLog = [];
  const removed = new Set<number>();
  const selection = new FakeNode('selection', log);
  const bodyNode = new FakeNode('body', log);
  const mock = new OfficeMockObject({
    document: { body: { text: options.text ?? '' }, changeTrackingMode: 'Off', getSelection: () => selection },
  });
  const body = (mock as unknown as { document: { body: Record<string, unknown> } }).document.body;
  body.contentControls = new FakeCollection(options.controls ?? []);
  body.insertParagraph = bodyNode.insertParagraph.bind(bodyNode);
  body.lists = {
    getFirstOrNullObject: () => (options.list && !removed.has(options.list.id) ? options.list : NO_LIST),
    getById: (id: number) => ({
      id,
      isNullObject: false,
      load: () => {
        if (log.failure) return void (log.skipped ??= []).push({ on: 'lists', call: 'getById', id });
        log.push({ on: 'lists', call: 'getById', id });
        if (removed.has(id)) log.failure = 'ItemNotFound';
      },
    }),
  };
  const comments = new FakeCollection(options.comments ?? []);
  body.getComments = () => comments;
  const realSync = mock.sync.bind(mock);
  const sync = jest.fn(() => {
    log.push({ on: 'context', call: 'sync' });
    const failure = log.failure;
    if (!failure) return realSync();
    log.failure = undefined;
    return Promise.reject(Object.assign(new Error(`${failure} (fake Word)`), { code: failure }));
  });
  return {
    run: (batch) => batch(Object.assign(mock, { sync }) as unknown as Word.RequestContext),
    sync,
    selection,
    body: bodyNode,
    log,
    skipped: () => log.skipped ?? [],
    removeList: (id) => void removed.add(id),
    mock,
  };
}
