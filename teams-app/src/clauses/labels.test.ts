// A template's state reads as a person would say it: draft, published version, unpublished changes, retired.
import { templateListNote, templateStatusText } from './labels';

const state = (version: number, hasUnpublishedChanges: boolean, status: 'active' | 'retired' = 'active') => ({
  version,
  hasUnpublishedChanges,
  status,
});

it('names a draft, a published version and unpublished changes', () => {
  expect(templateStatusText(state(0, true))).toBe('Kladde, ikke udgivet');
  expect(templateStatusText(state(2, false))).toBe('Udgivet, version 2');
  expect(templateStatusText(state(2, true))).toBe('Udgivet, version 2, med ændringer der ikke er udgivet');
  expect(templateStatusText(state(3, false, 'retired'))).toBe('Udgået i version 3');
});

it('adds the state to the library list only where there is one to tell', () => {
  expect(templateListNote(state(0, true))).toBe(', kladde');
  expect(templateListNote(state(1, false))).toBe('');
  expect(templateListNote(state(1, true))).toBe(', ændringer ikke udgivet');
  expect(templateListNote(state(2, false, 'retired'))).toBe(', udgået');
});
