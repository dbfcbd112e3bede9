// Plans an import: matches each row to a provider and offer (by tilbudsid + afdelingsid, else CVR + offer name),
// applies it to a working copy, and reports each row as new, changed, unchanged or error. Pure: writes nothing.
import type { ImportRowOutcome } from '@koberollen/shared/api/providers.contract';
import { type Offer, type Provider, ProviderInput } from '@koberollen/shared/domain/provider';
import type { Rate, RateRecord, RateType } from '@koberollen/shared/domain/rate';
import { foldForSearch } from '@koberollen/shared/rules/searchFold';

import { type FilePrice, type ImportRow, UNIT_WORDS } from './providersImportColumns';

/** A provider as the import found it, with the version tag a replace must match. */
export interface Existing {
  provider: Provider;
  etag: string;
}

/** A provider the import would create (id still unset) or change. */
export interface PlannedProvider {
  provider: Provider;
  /** The version tag to replace, or undefined for a new provider. */
  etag: string | undefined;
  rows: number[];
}

export interface ImportPlan {
  outcomes: ImportRowOutcome[];
  /** Providers to write: new ones and changed ones only. */
  writes: PlannedProvider[];
}

const offerKey = (tilbudsid: string, afdelingsid: string) => `${tilbudsid}/${afdelingsid}`;

/** An offer id from its name, unique within the provider: "Længerevarende ophold" → "laengerevarende-ophold". */
function offerId(name: string, taken: Offer[]): string {
  const base =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'tilbud';
  let id = base;
  for (let n = 2; taken.some((o) => o.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Sets the rate of this unit and source: a new price moves the one in force into the history. */
function upsertRate(offer: Offer, unit: RateType, source: RateRecord['source'], price: FilePrice): void {
  const current = offer.rates.find((r) => r.type === unit && r.source === source);
  const sourceWord = source === 'list' ? 'Listetakst' : 'Forhandlet takst';
  if (!current) {
    const rate: Rate = {
      id: `${unit}-${source === 'list' ? 'liste' : 'forhandlet'}`,
      type: unit,
      label: `${sourceWord} pr. ${UNIT_WORDS[unit]}`,
      amount: price.amount,
      negotiatedAt: price.date,
      source,
      validFrom: price.date,
      history: [],
    };
    offer.rates.push(rate);
    return;
  }
  if (current.amount === price.amount && current.negotiatedAt === price.date) return;
  const { id: _id, type: _type, label: _label, history, ...record } = current;
  current.history = [{ ...record, validTo: price.date }, ...history].slice(0, 100);
  current.amount = price.amount;
  current.negotiatedAt = price.date;
  current.validFrom = price.date;
  delete current.validTo;
  delete current.note;
}

function applyRow(provider: Provider, offer: Offer, row: ImportRow): void {
  provider.name = row.name;
  provider.cvr = row.cvr;
  provider.ownership = row.ownership;
  provider.address = { street: row.street, postalCode: row.postalCode, city: row.city };
  provider.municipality = row.municipality;
  provider.region = row.region;
  offer.name = row.offer;
  offer.paragraph = row.paragraph;
  offer.targetGroups = row.targetGroups;
  offer.places = row.places;
  if (row.tilbudsid && row.afdelingsid)
    offer.tilbudsportalen = { tilbudsid: row.tilbudsid, afdelingsid: row.afdelingsid };
  if (row.unit && row.list) upsertRate(offer, row.unit, 'list', row.list);
  if (row.unit && row.negotiated) upsertRate(offer, row.unit, 'negotiated', row.negotiated);
}

/** A blank provider for a row with an unknown CVR; stamps and id are set when it is written. */
function blankProvider(row: ImportRow, index: number): Provider {
  return {
    id: `new-${index}`,
    name: row.name,
    cvr: row.cvr,
    ownership: row.ownership,
    address: { street: row.street, postalCode: row.postalCode, city: row.city },
    municipality: row.municipality,
    region: row.region,
    contacts: [],
    offers: [],
    supervisionReports: [],
    educationLevels: [],
    qualityNotes: [],
    createdAt: '',
    createdBy: { userId: '', name: '' },
    updatedAt: '',
    updatedBy: { userId: '', name: '' },
  };
}

/** Matches and applies every row in order; a provider's whole record is then checked against the schema. */
export function planImport(existing: Existing[], rows: ImportRow[]): ImportPlan {
  const work = new Map<string, PlannedProvider & { before: string; created: boolean }>();
  const byOffer = new Map<string, string>();
  const byCvr = new Map<string, string[]>();
  for (const { provider, etag } of existing) {
    const copy: Provider = structuredClone(provider);
    work.set(provider.id, { provider: copy, etag, rows: [], before: JSON.stringify(provider), created: false });
    for (const offer of provider.offers) {
      if (offer.tilbudsportalen)
        byOffer.set(offerKey(offer.tilbudsportalen.tilbudsid, offer.tilbudsportalen.afdelingsid), provider.id);
    }
    byCvr.set(provider.cvr, [...(byCvr.get(provider.cvr) ?? []), provider.id]);
  }

  const outcomes: ImportRowOutcome[] = rows.map((row, index) => {
    const portalKey = row.tilbudsid && row.afdelingsid ? offerKey(row.tilbudsid, row.afdelingsid) : undefined;
    const sameName = (o: Offer) => foldForSearch(o.name) === foldForSearch(row.offer);
    const viaPortal = portalKey ? byOffer.get(portalKey) : undefined;
    const candidates = viaPortal ? [viaPortal] : (byCvr.get(row.cvr) ?? []);
    let entry = candidates.map((id) => work.get(id)!).find((w) => viaPortal || w.provider.offers.some(sameName));
    entry ??= candidates.length > 0 ? work.get(candidates[0]!) : undefined;
    if (!entry) {
      const provider = blankProvider(row, index);
      entry = { provider, etag: undefined, rows: [], before: '', created: true };
      work.set(provider.id, entry);
      byCvr.set(row.cvr, [provider.id]);
    }
    const { provider } = entry;
    let offer = viaPortal
      ? provider.offers.find(
          (o) =>
            o.tilbudsportalen && offerKey(o.tilbudsportalen.tilbudsid, o.tilbudsportalen.afdelingsid) === portalKey,
        )
      : provider.offers.find(sameName);
    const newOffer = !offer;
    if (!offer) {
      offer = {
        id: offerId(row.offer, provider.offers),
        name: row.offer,
        paragraph: row.paragraph,
        targetGroups: [],
        places: 0,
        methods: [],
        rates: [],
      };
      provider.offers.push(offer);
    }
    const snapshot = JSON.stringify(provider);
    applyRow(provider, offer, row);
    if (portalKey) byOffer.set(portalKey, provider.id);
    entry.rows.push(row.row);
    const status = entry.created || newOffer ? 'new' : snapshot === JSON.stringify(provider) ? 'unchanged' : 'changed';
    return { row: row.row, status, provider: row.name, offer: row.offer, errors: [] };
  });

  const writes = [...work.values()].filter((w) => w.created || JSON.stringify(w.provider) !== w.before);
  for (const write of writes) {
    const checked = ProviderInput.safeParse(write.provider);
    if (checked.success) continue;
    const messages = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    for (const outcome of outcomes) {
      if (!write.rows.includes(outcome.row)) continue;
      outcome.status = 'error';
      outcome.errors = messages.map((m) => `Række ${outcome.row}: ${m}`);
    }
  }
  return { outcomes, writes: writes.map(({ provider, etag, rows: used }) => ({ provider, etag, rows: used })) };
}
