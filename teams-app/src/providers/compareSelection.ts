// The offers picked for comparison (at most three), kept while the user moves between views.
import { useSyncExternalStore } from 'react';

import type { OfferRef } from '@koberollen/shared/domain/case';

import { routeHref } from '../shell/route';

export const MAX_COMPARED = 3;

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

/** `#/leverandoerer/sammenlign?tilbud=p1~o1,p2~o2`: a compare view one can link to. */
export function compareHref(offers: readonly OfferRef[], back?: string): string {
  return routeHref('leverandoerer', ['sammenlign'], {
    tilbud: offers.map((o) => `${o.providerId}~${o.offerId}`).join(','),
    tilbage: back,
  });
}

export function offersOfParam(param: string | null): OfferRef[] {
  return (param ?? '')
    .split(',')
    .map((pair) => pair.split('~'))
    .filter((parts): parts is [string, string] => parts.length === 2 && Boolean(parts[0]) && Boolean(parts[1]))
    .map(([providerId, offerId]) => ({ providerId, offerId }))
    .slice(0, MAX_COMPARED);
}
