// The compare view's address (`#/leverandoerer/sammenlign?tilbud=p1~o1,p2~o2`), written and read.
import type { OfferRef } from '@koberollen/shared/domain/case';

import { routeHref } from '../shell/route';

export const MAX_COMPARED = 3;

/** A compare view one can link to, with the view to go back to. */
export function compareHref(offers: readonly OfferRef[], back?: string): string {
  return routeHref('leverandoerer', ['sammenlign'], {
    tilbud: offers.map((o) => `${o.providerId}~${o.offerId}`).join(','),
    tilbage: back,
  });
}

/** The offers a compare address names, at most MAX_COMPARED. */
export function offersOfParam(param: string | null): OfferRef[] {
  return (param ?? '')
    .split(',')
    .map((pair) => pair.split('~'))
    .filter((parts): parts is [string, string] => parts.length === 2 && Boolean(parts[0]) && Boolean(parts[1]))
    .map(([providerId, offerId]) => ({ providerId, offerId }))
    .slice(0, MAX_COMPARED);
}
