// Klausuler: the library, a clause's page, or a template's, checklist's or topic's editor, by the route below #/klausuler;
// each loaded when first opened (the entry may have started loading it; see shell/viewLoaders.ts).
import { lazy } from 'react';

import type { Route } from '../shell/route';

const ClauseLibrary = lazy(() => import('./ClauseLibrary').then((m) => ({ default: m.ClauseLibrary })));
const ClausePage = lazy(() => import('./ClausePage').then((m) => ({ default: m.ClausePage })));
const TemplateEditor = lazy(() => import('./TemplateEditor').then((m) => ({ default: m.TemplateEditor })));
const ChecklistEditor = lazy(() => import('./ChecklistEditor').then((m) => ({ default: m.ChecklistEditor })));
const TopicEditor = lazy(() => import('./TopicEditor').then((m) => ({ default: m.TopicEditor })));
const NewTopic = lazy(() => import('./NewTopic').then((m) => ({ default: m.NewTopic })));

export default function ClausesView({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === 'skabeloner' && second) return <TemplateEditor key={second} id={second} />;
  if (first === 'tjeklister' && second) return <ChecklistEditor key={second} id={second} />;
  if (first === 'emner' && second === 'nyt') return <NewTopic />;
  if (first === 'emner' && second) return <TopicEditor key={second} id={second} />;
  if (first) return <ClausePage key={first} id={first} params={route.params} />;
  return <ClauseLibrary params={route.params} />;
}
