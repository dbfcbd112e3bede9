// Each contract's figures in the dashboard's overview of a period, kept with the held contract they were computed
// from (see records/overviewSets.ts). A contract or provider written anew is held as a new object, so a kept figure
// is never out of date, and the overview after a write computes only the figures of what the write changed.
import { type ContractFigures, contractFigures, type DashboardContract } from '@koberollen/shared/rules/dashboard';
import type { Period } from '@koberollen/shared/rules/periodCost';

interface Kept {
  offer: DashboardContract['offer'];
  period: Period;
  figures: ContractFigures | undefined;
}

/** By the contract object: an entry goes when the held set lets go of its contract. */
const kept = new WeakMap<DashboardContract['contract'], Kept>();

/** Each contract's figures for the period: kept while its contract, its offer and the period are the same. */
export function keptFigures(period: Period): (item: DashboardContract) => ContractFigures | undefined {
  return (item) => {
    const hit = kept.get(item.contract);
    if (hit && hit.offer === item.offer && hit.period.from === period.from && hit.period.to === period.to) {
      return hit.figures;
    }
    const figures = contractFigures(item, period);
    kept.set(item.contract, { offer: item.offer, period, figures });
    return figures;
  };
}

/** How long figures are computed at a stretch before other work gets its turn, in milliseconds. */
const TURN_MS = 20;

/**
 * Has the figures of every item computed (or found kept), letting other requests run between stretches of
 * `TURN_MS`: the overview that then adds them up takes them kept, and holds the process up only that long.
 */
export async function keepFiguresInTurns(
  items: DashboardContract[],
  figuresOf: (item: DashboardContract) => unknown,
): Promise<void> {
  let stretch = performance.now();
  for (const item of items) {
    figuresOf(item);
    if (performance.now() - stretch < TURN_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    stretch = performance.now();
  }
}
