// What the office.js adapter's tests share: clause versions and templates, the requirement sets, and reading the log.
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';

import type { SettingsLike } from '../officeDocument';
import type { WordRequirements } from '../requirements';

export const ALL: WordRequirements = { comments: true, trackedChanges: true, typedControls: true };

export function version(n: number, text = 'Kommunen betaler {{rateAmount}} kr. {{rateUnit}}.'): ClauseVersion {
  return {
    clauseId: `clause-${n}`,
    version: 2,
    title: `Klausul ${n}`,
    topic: 'rate',
    paragraphs: [{ text }, { text: 'Andet afsnit uden felter.' }],
    fields: [
      { key: 'rateAmount', label: 'Takst (kr.)', type: 'amount', required: true },
      { key: 'rateUnit', label: 'Enhed', type: 'text', required: true },
    ],
    guidance: '',
    recognitionPhrases: [],
    applicability: { contractTypes: [], paragraphs: [] },
    changeNote: '',
    textHash: 'abc',
    publishedAt: '2026-01-01T00:00:00Z',
    publishedBy: { userId: 'p', name: 'Indkøb' },
  };
}

export function template(clauses: number): Template {
  const refs = Array.from({ length: clauses }, (_, i) => ({ clauseId: `clause-${i}`, mandatory: true }));
  return {
    id: 't',
    name: 'Kontrakt om længerevarende botilbud',
    description: '',
    contractType: 'botilbud-108',
    legalBasis: [{ law: 'SEL', section: '§108' }],
    sections: [
      { title: 'Pris', clauses: refs.slice(0, Math.ceil(clauses / 2)) },
      { title: 'Ophør', clauses: refs.slice(Math.ceil(clauses / 2)) },
    ],
    fields: [],
    status: 'active',
    version: 1,
    hasUnpublishedChanges: false,
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: { userId: 'p', name: 'Indkøb' },
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: { userId: 'p', name: 'Indkøb' },
  };
}

export const settings: SettingsLike = { get: () => undefined, set: () => undefined, saveAsync: () => undefined };
export const latest = (text?: string) => (id: string) => version(Number(id.split('-')[1]), text);

export type Logged = {
  on: string;
  call: string;
  text?: string;
  location?: string;
  type?: string;
  id?: number;
  level?: number;
};

export const calls = (word: { log: unknown[] }, call: string) => (word.log as Logged[]).filter((e) => e.call === call);
/** The log entries after the first sync. */
export const afterFirstSync = (word: { log: unknown[] }) => {
  const log = word.log as Logged[];
  return log.slice(log.findIndex((e) => e.call === 'sync') + 1);
};
