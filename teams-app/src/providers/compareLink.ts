// The compare view's address (`#/leverandoerer/sammenlign?tilbud=p1~o1,p2~o2`), written and read, and the new-case
// form's address carrying the compared offers (`#/sager/ny?tilbud=…`).
import type { OfferRef } from '@koberollen/shared/domain/case';

import { routeHref } from '../shell/route';

export const MAX_COMPARED = 3;

/** A compare view one can link to, with the view to go back to. */
export function compareHref(offers: readonly OfferRef[], back?: string): string {
  return routeHref('leverandoerer', ['sammenlign'], {
    tilbud: offersParam(offers),
    tilbage: back,
  });
}

const offersParam = (offers: readonly OfferRef[]) => offers.map((o) => `${o.providerId}~${o.offerId}`).join(',');

/** The new-case form with the offers as the case's alternatives. */
export function newCaseHref(offers: readonly OfferRef[]): string {
  return routeHref('sager', ['ny'], { tilbud: offersParam(offers) });
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
