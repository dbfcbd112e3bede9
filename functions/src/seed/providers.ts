// Generates a fictional provider catalogue of any size: plainly made-up names, valid but fictional CVR numbers,
// offers with rates and history, supervision reports where a socialtilsyn supervises, quality notes and contacts,
// across all five regions.
import { Region } from '@koberollen/shared/domain/common';
import type { Offer, Provider, QualityNote } from '@koberollen/shared/domain/provider';
import { addDays } from '@koberollen/shared/rules/dates';

import { SUPERVISED_PARAGRAPHS } from './content/contractTypes';
import { type OfferSpec, PROVIDER_KINDS } from './content/offerProfiles';
import { QUALITY_NOTES, STRICT_SUPERVISION, SUPERVISION_CONCLUSIONS } from './content/phrases';
import {
  CONTACT_ROLES,
  EDUCATION_LEVELS,
  FIRST_NAMES,
  LAST_NAMES,
  LEGAL_FORMS,
  NAME_FIRST,
  NAME_SECOND,
  STREETS,
  supervisorOf,
  TOWNS,
} from './content/places';
import { type SeedContext, stampsOn, timestampOn } from './context';
import { seedId } from './ids';
import { buildRate } from './providerRates';
import { createRng, type Rng } from './rng';
import { CASEWORKERS, DEMO_USERS, NEGOTIATORS, ref } from './users';

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const PLACE_NAMES = NAME_FIRST.length * NAME_SECOND.length;
/** Coprime with PLACE_NAMES, so consecutive providers get unrelated names and none repeats within a round. */
const NAME_STEP = 7;

/**
 * A CVR-shaped number that passes the modulus-11 check. It starts with 9, far from the numbers issued to the
 * companies one meets in this field, and is unique within the generated catalogue.
 */
function fictionalCvr(rng: Rng, used: Set<string>): string {
  for (;;) {
    const digits = [9, ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((total, digit, i) => total + digit * (CVR_WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    const cvr = `${digits.join('')}${check}`;
    if (check < 10 && !used.has(cvr)) {
      used.add(cvr);
      return cvr;
    }
  }
}

/** "Lærkereden", "Hyldegården", …; after every combination is used, a round number is added. */
function placeName(index: number): string {
  const j = (index * NAME_STEP) % PLACE_NAMES;
  const base = `${NAME_FIRST[j % NAME_FIRST.length]}${NAME_SECOND[Math.floor(j / NAME_FIRST.length)]}`;
  const round = Math.floor(index / PLACE_NAMES);
  return round === 0 ? base : `${base} ${round + 1}`;
}

/** E-mail-safe form of a Danish name part. */
function ascii(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

function buildOffer(spec: OfferSpec, place: string, rng: Rng, ctx: SeedContext, index: number): Offer {
  const aboveKl = index % 11 === 3;
  return {
    id: spec.id,
    name: `${place} – ${spec.suffix}`,
    paragraph: spec.paragraph,
    targetGroups: rng.sample(spec.targetGroups, rng.int(1, 3)),
    places: rng.int(spec.places[0], spec.places[1]),
    methods: rng.sample(spec.methods, rng.int(2, 3)),
    ...(rng.chance(0.75)
      ? { tilbudsportalen: { tilbudsid: String(rng.int(1000, 99999)), afdelingsid: String(rng.int(1000, 99999)) } }
      : {}),
    rates: spec.rates.map((rate) =>
      buildRate(spec.id, rate, rng, ctx, { negotiated: rng.chance(0.5), aboveKl: aboveKl && rate === spec.rates[0] }),
    ),
  };
}

function qualityNotes(rng: Rng, ctx: SeedContext, key: string): QualityNote[] {
  const authors = [...CASEWORKERS, ...NEGOTIATORS];
  return Array.from({ length: rng.int(0, 2) }, (_, n) => ({
    id: seedId('note', ctx.tenantId, `${key}-${n}`),
    text: rng.pick(QUALITY_NOTES),
    author: rng.pick(authors),
    createdAt: timestampOn(ctx, addDays(ctx.today, -rng.int(10, 300))),
  }));
}

function buildProvider(index: number, rng: Rng, ctx: SeedContext, cvrs: Set<string>): Provider {
  const kind = PROVIDER_KINDS[index % PROVIDER_KINDS.length]!;
  const region = Region.options[index % Region.options.length]!;
  const town = rng.pick(TOWNS[region]);
  const place = placeName(index);
  const ownership = index % 4 === 0 ? 'public' : 'private';
  const legalForm = ownership === 'private' ? ` ${rng.pick(LEGAL_FORMS)}` : '';
  const specs = [...kind.offers, ...kind.optionalOffers.filter(() => rng.chance(0.4))];
  const contacts = Array.from({ length: rng.int(1, 2) }, (_, n) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    return {
      name: `${first} ${last}`,
      role: CONTACT_ROLES[n] ?? '',
      email: `${ascii(first)}.${ascii(last)}@example.dk`,
    };
  });
  const reports = Array.from({ length: rng.int(1, 2) }, (_, n) => ({
    date: addDays(ctx.today, -rng.int(30, 330) - n * 365),
    authority: supervisorOf(region, town.municipality),
    conclusion: SUPERVISION_CONCLUSIONS[n === 0 && index % 13 === 5 ? STRICT_SUPERVISION : rng.int(0, 3)]!,
  }));
  const key = String(index);
  const offers = specs.map((spec) => buildOffer(spec, place, rng, ctx, index));
  return {
    id: seedId('provider', ctx.tenantId, key),
    name: `${rng.pick(kind.prefixes)} ${place}${legalForm}`,
    cvr: fictionalCvr(rng, cvrs),
    ownership,
    address: { street: `${rng.pick(STREETS)} ${rng.int(1, 80)}`, postalCode: town.postalCode, city: town.city },
    municipality: town.municipality,
    region,
    contacts,
    offers,
    // Day treatment is approved by its beliggenhedskommune, and § 85 support at home by no one: no socialtilsyn.
    supervisionReports: offers.some((offer) => SUPERVISED_PARAGRAPHS.has(offer.paragraph)) ? reports : [],
    educationLevels: rng.sample(EDUCATION_LEVELS, rng.int(2, 4)),
    qualityNotes: qualityNotes(rng, ctx, key),
    ...stampsOn(
      ctx,
      ref(rng.chance(0.5) ? DEMO_USERS.procurement : DEMO_USERS.negotiator1),
      addDays(ctx.today, -rng.int(420, 900)),
    ),
  };
}

/**
 * `count` providers, the same for the same seed and day. Kinds and regions take turns, so even a small catalogue
 * has offers under every paragraph in every region; every eleventh provider raised a price above KL's rate.
 */
export function generateProviders(count: number, rngSeed: number, ctx: SeedContext): Provider[] {
  const rng = createRng(rngSeed);
  const cvrs = new Set<string>();
  return Array.from({ length: count }, (_, index) => buildProvider(index, rng, ctx, cvrs));
}
