// Fetches the library (published clauses, templates, checklists), keeps the last copy in IndexedDB, and falls back
// to it without network.
import { useEffect, useState } from 'react';

import { checklistRoutes } from '@koberollen/shared/api/checklists.contract';
import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { ApiClient } from '@koberollen/shared/api/client';
import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import { topicRoutes } from '@koberollen/shared/api/topics.contract';
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';

import { isOffline } from '../api/paneClient';
import { indexLibrary, type Library, type LibraryIndex, versionOfClause } from './library';

/** Where the last library is kept; IndexedDB in the pane, a Map in tests. */
export interface LibraryCache {
  get(key: string): Promise<Library | undefined>;
  set(key: string, library: Library): Promise<void>;
}

export interface LoadedLibrary {
  library: Library;
  index: LibraryIndex;
  /** `cache`: the network failed and this is the copy from `library.fetchedAt`. */
  source: 'network' | 'cache';
}

type Page<T> = { items: T[]; continuationToken?: string };

async function allPages<T>(fetchPage: (token?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    items.push(...page.items);
    token = page.continuationToken;
  } while (token);
  return items;
}

/**
 * The templates Word offers: each as its latest published version (a working copy with unpublished changes is not),
 * never one not yet published, and none retired in that version.
 */
async function publishedTemplates(api: ApiClient, templates: Template[]): Promise<Template[]> {
  const published = await Promise.all(
    templates
      .filter((template) => template.version > 0)
      .map(async (template) => {
        if (!template.hasUnpublishedChanges) return template;
        const params = { id: template.id, version: template.version };
        const { data } = await api.call(templateRoutes.version, { params });
        const { templateId: _id, version: _version, changeNote: _note, publishedBy: _by, ...content } = data;
        return { ...template, ...content, hasUnpublishedChanges: false };
      }),
  );
  return published.filter((template) => template.status === 'active');
}

export async function fetchLibrary(api: ApiClient, now: () => Date = () => new Date()): Promise<Library> {
  const clausesWith = (status: 'published' | 'retired') =>
    allPages(async (continuationToken) => {
      const query = { status, limit: 200, continuationToken };
      return (await api.call(clauseRoutes.list, { query })).data;
    });
  const [clauses, retired, templates, checklists, topics] = await Promise.all([
    clausesWith('published'),
    clausesWith('retired'),
    allPages(
      async (continuationToken) =>
        (await api.call(templateRoutes.list, { query: { limit: 200, continuationToken } })).data,
    ),
    allPages(
      async (continuationToken) =>
        (await api.call(checklistRoutes.list, { query: { limit: 200, continuationToken } })).data,
    ),
    allPages(
      async (continuationToken) =>
        (await api.call(topicRoutes.list, { query: { limit: 200, continuationToken } })).data,
    ),
  ]);
  // A working copy with unpublished changes is not what gets inserted: its latest published version is.
  const changed = clauses.filter((clause) => clause.hasUnpublishedChanges);
  const fetched = await Promise.all(
    changed.map(async (c) => (await api.call(clauseRoutes.version, { params: { id: c.id, version: c.version } })).data),
  );
  const versions = [...clauses.filter((clause) => !clause.hasUnpublishedChanges).map(versionOfClause), ...fetched];
  return {
    clauses,
    retired,
    versions,
    templates: await publishedTemplates(api, templates),
    checklists,
    topics,
    fetchedAt: now().toISOString(),
  };
}

/** The library from the API, saved to the cache; the cached copy when there is no network and one exists. */
export async function loadLibrary(api: ApiClient, cache: LibraryCache, key: string): Promise<LoadedLibrary> {
  try {
    const library = await fetchLibrary(api);
    await cache.set(key, library).catch(() => undefined);
    return { library, index: indexLibrary(library), source: 'network' };
  } catch (error) {
    const cached = isOffline(error) ? await cache.get(key).catch(() => undefined) : undefined;
    if (!cached) throw error;
    const library = { ...cached, retired: cached.retired ?? [], topics: cached.topics ?? [] };
    return { library, index: indexLibrary(library), source: 'cache' };
  }
}

/** Adds published versions the document refers to and the library lacks (older versions), fetched once. */
export async function withVersions(
  api: ApiClient,
  cache: LibraryCache,
  key: string,
  loaded: LoadedLibrary,
  refs: { clauseId: string; version: number }[],
): Promise<LoadedLibrary> {
  const missing = refs.filter(
    (ref, i) =>
      ref.version > 0 &&
      loaded.index.clause(ref.clauseId) &&
      !loaded.index.version(ref.clauseId, ref.version) &&
      refs.findIndex((other) => other.clauseId === ref.clauseId && other.version === ref.version) === i,
  );
  if (missing.length === 0 || loaded.source === 'cache') return loaded;
  const fetched: ClauseVersion[] = await Promise.all(
    missing.map(
      async (ref) =>
        (await api.call(clauseRoutes.version, { params: { id: ref.clauseId, version: ref.version } })).data,
    ),
  );
  const library = { ...loaded.library, versions: [...loaded.library.versions, ...fetched] };
  await cache.set(key, library).catch(() => undefined);
  return { ...loaded, library, index: indexLibrary(library) };
}

export type LibraryState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; loaded: LoadedLibrary };

const loads = new Map<string, Promise<LoadedLibrary>>();
const latest = new Map<string, LoadedLibrary>();

/** The tenant's library, loaded once per pane and shared by every view; `update` keeps a version-extended copy. */
export function useLibrary(api: ApiClient, cache: LibraryCache, key: string) {
  const [state, setState] = useState<LibraryState>(() => {
    const known = latest.get(key);
    return known ? { status: 'ready', loaded: known } : { status: 'loading' };
  });
  useEffect(() => {
    let active = true;
    if (!loads.has(key)) loads.set(key, loadLibrary(api, cache, key));
    loads.get(key)!.then(
      (loaded) => active && !latest.has(key) && (latest.set(key, loaded), setState({ status: 'ready', loaded })),
      (error: unknown) => {
        loads.delete(key);
        if (active) setState({ status: 'error', error });
      },
    );
    return () => {
      active = false;
    };
  }, [api, cache, key]);
  const update = (loaded: LoadedLibrary) => {
    latest.set(key, loaded);
    setState({ status: 'ready', loaded });
  };
  const retry = () => {
    loads.delete(key);
    latest.delete(key);
    setState({ status: 'loading' });
    loads.set(key, loadLibrary(api, cache, key));
    void loads.get(key)!.then(update, (error: unknown) => (loads.delete(key), setState({ status: 'error', error })));
  };
  return { state: latest.has(key) ? { status: 'ready' as const, loaded: latest.get(key)! } : state, update, retry };
}
