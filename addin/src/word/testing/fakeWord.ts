// A Word request context for unit tests: office-addin-mock for loaded scalars, hand-made recording objects for the
// ranges, paragraphs, content controls and collections office-addin-mock cannot mock; every sync is counted.
import { OfficeMockObject } from 'office-addin-mock';

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
  /** Content controls inside this one (for a clause: its fields), as a collection. */
  contentControls: FakeCollection<FakeNode>;

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
  log: unknown[];
  mock: OfficeMockObject;
}

/** A document whose body holds `controls` (document order, nested ones included) and `comments`. */
export function fakeWord(options: { text?: string; controls?: FakeNode[]; comments?: FakeComment[] } = {}): FakeWord {
  const log: unknown[] = [];
  const selection = new FakeNode('selection', log);
  const mock = new OfficeMockObject({
    document: { body: { text: options.text ?? '' }, changeTrackingMode: 'Off', getSelection: () => selection },
  });
  const body = (mock as unknown as { document: { body: Record<string, unknown> } }).document.body;
  body.contentControls = new FakeCollection(options.controls ?? []);
  const comments = new FakeCollection(options.comments ?? []);
  body.getComments = () => comments;
  const realSync = mock.sync.bind(mock);
  const sync = jest.fn(() => realSync());
  return {
    run: (batch) => batch(Object.assign(mock, { sync }) as unknown as Word.RequestContext),
    sync,
    selection,
    log,
    mock,
  };
}
