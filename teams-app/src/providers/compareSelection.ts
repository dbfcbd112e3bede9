// The offers picked for comparison (at most three), kept while the user moves between views.
import { useSyncExternalStore } from 'react';

import type { OfferRef } from '@koberollen/shared/domain/case';

import { MAX_COMPARED } from './compareLink';

export interface PickedOffer extends OfferRef {
  /** "Provider – offer", for the selection bar. */
  label: string;
}

let picked: PickedOffer[] = [];
const listeners = new Set<() => void>();

const same = (a: OfferRef, b: OfferRef) => a.providerId === b.providerId && a.offerId === b.offerId;

function publish(next: PickedOffer[]): void {
  picked = next;
  for (const listener of listeners) listener();
}

export const compareSelection = {
  toggle(offer: PickedOffer): void {
    if (picked.some((p) => same(p, offer))) publish(picked.filter((p) => !same(p, offer)));
    else if (picked.length < MAX_COMPARED) publish([...picked, offer]);
  },
  clear(): void {
    publish([]);
  },
  has(offer: OfferRef): boolean {
    return picked.some((p) => same(p, offer));
  },
};

export function useCompareSelection(): PickedOffer[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => picked,
  );
}
