// A library record's edit form: the draft, whether it differs from the record last saved, and saving it with the
// version read (If-Match), the saved answer becoming the record held; a save refused because someone else changed the
// record meanwhile reads the stored record again into the form and says so.
import { useState } from 'react';

import type { ApiClient } from '@koberollen/shared/api/client';

import { useSession } from '../session/sessionContext';
import { useUnsavedGuard } from '../shell/route';
import { isStaleWrite } from '../shell/staleWrite';

interface Options<R, D, I> {
  record: R;
  etag?: string;
  draftOf: (record: R) => D;
  /** What is sent, from the draft and the record held (for the parts the form does not edit). */
  inputOf: (draft: D, record: R) => I;
  replace: (api: ApiClient, input: I, ifMatch: string | undefined) => Promise<{ data: R; etag?: string }>;
  /** Reads the stored record, after a save refused as stale. */
  read: (api: ApiClient) => Promise<{ data: R; etag?: string }>;
  /** Told the record held after a save or a read after a refused one. */
  onHeld?: (record: R, etag: string | undefined) => void;
}

export function useDraftSave<R, D extends object, I>({
  record,
  etag,
  draftOf,
  inputOf,
  replace,
  read,
  onHeld,
}: Options<R, D, I>) {
  const { api } = useSession();
  const [held, setHeld] = useState({ record, etag });
  const [draft, setDraft] = useState(() => draftOf(record));
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  /** The last save was refused as stale and the stored record read again. */
  const [stale, setStale] = useState(false);
  const input = inputOf(draft, held.record);
  const dirty = JSON.stringify(input) !== JSON.stringify(inputOf(draftOf(held.record), held.record));
  useUnsavedGuard(dirty);
  const set = (change: Partial<D>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDone(false);
    setStale(false);
  };
  const save = async () => {
    setSaving(true);
    setError(undefined);
    setStale(false);
    try {
      const answer = await replace(api, input, held.etag);
      setHeld({ record: answer.data, etag: answer.etag });
      setDraft(draftOf(answer.data));
      setDone(true);
      onHeld?.(answer.data, answer.etag);
    } catch (failure) {
      if (isStaleWrite(failure)) await readAgain();
      else setError(failure);
    } finally {
      setSaving(false);
    }
  };
  const readAgain = async () => {
    try {
      const stored = await read(api);
      setHeld({ record: stored.data, etag: stored.etag });
      setDraft(draftOf(stored.data));
      setStale(true);
      onHeld?.(stored.data, stored.etag);
    } catch (failure) {
      setError(failure);
    }
  };
  return { draft, input, dirty, set, save, saving, done, error, stale, record: held.record, etag: held.etag };
}

export type DraftSave = Pick<ReturnType<typeof useDraftSave>, 'dirty' | 'save' | 'saving' | 'done' | 'error' | 'stale'>;
