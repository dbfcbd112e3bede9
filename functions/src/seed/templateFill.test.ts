// Each demo template assembled for a demo case with its linked contract and filled from the records: only the fields
// no record holds stay empty, and the filled values read as Danish sentences.
import type { FieldDefinition } from '@koberollen/shared/domain/clause';
import { renderClauseParagraphs, renderFieldValues } from '@koberollen/shared/rules/clauseText';
import { knownFieldValues } from '@koberollen/shared/rules/knownFieldValues';
import { choicesFor, refIncluded } from '@koberollen/shared/rules/templateChoices';

import { generateCases } from './cases';
import { seedContext } from './context';
import { generateContracts } from './contracts';
import { buildLibrary } from './library';
import { generateProviders } from './providers';
import { DEMO_TENANTS } from './tenants';

/**
 * Fields whose value no record of the case, provider, offer or contract holds: what the case worker decides or
 * agrees in the contract itself (signatures, billing terms, absence rules, attachments, purposes).
 */
const NO_RECORD_HOLDS = new Set([
  'absenceAlertDays',
  'absenceNoticeDays',
  'addOnServices',
  'agreementScope',
  'annexList',
  'billingInterval',
  'billingTiming',
  'cancelNoticeHours',
  'changeNoticeDays',
  'contractNumber',
  'costsInRate',
  'dataRole',
  'dayAbsencePercent',
  'dayTreatmentItem',
  'decisionPurpose',
  'disputeDays',
  'eanNumber',
  'educationRequirement',
  'emergencyContact',
  'finalReportDays',
  'firstReportDate',
  'fullPayDays',
  'handoverDays',
  'housingDocumentDate',
  'incidentChannel',
  'insuranceProofDays',
  'maxChargedHours',
  'municipalitySignatory',
  'negotiatedDate',
  'openingHours',
  'ownerChangeNoticeDays',
  'paymentAfterEndDays',
  'qualityAgreementDate',
  'rateStatementDate',
  'recordProofDays',
  'reducedPercent',
  'refundDays',
  'registrationWeeks',
  'regulationNoticeDays',
  'remedyDays',
  'renegotiationWeeks',
  'reportChannel',
  'reportDaysBefore',
  'schoolArrangement',
  'schoolDecisionDate',
  'schoolName',
  'secureChannel',
  'serviceDescription',
  'settlementDeadlineMonths',
  'signatureDate',
  'supportLevel',
  'transitionMonthsBefore',
  'transportScope',
  'visitationCosts',
  'weeksPerYear',
]);

const tenant = DEMO_TENANTS[0]!;
const ctx = seedContext(tenant.id, new Date('2026-12-07T10:00:00Z'));
const library = buildLibrary(ctx);
const providers = generateProviders(44, 7, ctx);
const bundles = generateContracts(generateCases(24, 17, providers, library, 8, ctx), library, 9, ctx);
const versionOf = new Map(library.versions.map((version) => [version.clauseId, version]));
const allFields = [...library.templates.flatMap((t) => t.fields), ...library.versions.flatMap((v) => v.fields)];

describe.each(library.templates.map((template) => [template.name, template] as const))('%s', (_, template) => {
  const bundle = bundles.find((b) => b.contract.templateId === template.id)!;
  const provider = providers.find((p) => p.id === bundle.contract.providerId)!;
  const choices = choicesFor({ contract: bundle.contract, provider });
  const refs = template.sections.flatMap((s) => s.clauses).filter((ref) => refIncluded(ref, choices));
  const clauseFields = refs.flatMap((ref) => versionOf.get(ref.clauseId)?.fields ?? []);
  const fields = new Map<string, FieldDefinition>([...template.fields, ...clauseFields].map((f) => [f.key, f]));
  const values = renderFieldValues(
    knownFieldValues({
      municipalityName: tenant.name,
      case: bundle.caseRecord,
      provider,
      contract: bundle.contract,
      today: ctx.today,
    }),
    allFields,
  );

  /** Fields this contract's records happen not to hold: no end date, no hourly rate, no weekly hours. */
  const { contract } = bundle;
  const notHeld = new Set([
    ...(contract.endDate ? [] : ['expectedDurationMonths']),
    ...(contract.rates.some((rate) => rate.type === 'hour') ? [] : ['hourlyRate']),
    ...(contract.weeklyHours === undefined ? ['hoursSection83', 'hoursSection85'] : ['hoursSection83']),
  ]);

  it('is filled in every field a record holds', () => {
    const empty = [...fields.values()].filter((field) => field.required && !values[field.key]).map((f) => f.key);
    expect(empty.filter((key) => !NO_RECORD_HOLDS.has(key) && !notHeld.has(key))).toEqual([]);
    expect(values).toMatchObject({ municipalityName: tenant.name, caseReference: bundle.caseRecord.reference });
  });

  it("has a place for the signature block's fields, and fills the provider's signatory", () => {
    const last = template.sections.at(-1)!;
    expect(last.title).toBe('Underskrifter');
    const keys = last.clauses.flatMap((ref) => versionOf.get(ref.clauseId)?.fields.map((f) => f.key) ?? []);
    expect(keys).toEqual(template.fields.map((f) => f.key));
    expect(values.providerSignatory).toMatch(/\S/);
  });

  it('reads as Danish: no raw ISO dates, counts with their noun', () => {
    const text = refs
      .flatMap((ref) => {
        const version = versionOf.get(ref.clauseId)!;
        return renderClauseParagraphs(version.paragraphs, version.fields, values);
      })
      .join('\n');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain(`varsel på ${bundle.contract.noticePeriodMonths} måned`);
  });
});

it('gives § 83 and § 85 contracts with an hourly rate their weekly hours, and no other contract any', () => {
  const hourly = (b: (typeof bundles)[number]) =>
    ['SEL §83', 'SEL §85'].includes(b.caseRecord.paragraph ?? '') && b.contract.rates.some((r) => r.type === 'hour');
  expect(bundles.some(hourly)).toBe(true);
  for (const bundle of bundles) expect(bundle.contract.weeklyHours !== undefined).toBe(hourly(bundle));
});
