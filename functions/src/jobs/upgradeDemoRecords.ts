// Brings the records the demo seed wrote up to what the law and the library now say: a provider offering only what
// no socialtilsyn supervises (day treatment, § 85 support at home) carries no socialtilsyn report, a report names the
// socialtilsyn that supervises the offer's municipality (socialtilsynsloven § 2, stk. 3), and a contract with a public
// provider, inside the framework agreement, is regulated by its styringsaftale. Records the municipality created are
// never touched, and a contract keeps the clause versions it was built from. A second run finds nothing to change.
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';

import { contractIndex } from '../indexes/contract';
import { providerIndex } from '../indexes/provider';
import { collectAllDocs } from '../records/collect';
import { SUPERVISED_PARAGRAPHS } from '../seed/content/contractTypes';
import { supervisorOf } from '../seed/content/places';
import type { Repository, WriteOp } from '../store/types';

/** The shape of the ids the seed gives its records (`provider-` and 16 letters a–p); no other record has it. */
const seeded = (prefix: string, id: string) => new RegExp(`^${prefix}-[a-p]{16}$`).test(id);

export interface DemoRecordsUpgrade {
  providers: number;
  contracts: number;
}

/** The provider's socialtilsyn reports as the law has them: none without a supervised offer, else by the right one. */
export function lawfulReports(provider: Provider): Provider['supervisionReports'] {
  if (!provider.offers.some((offer) => SUPERVISED_PARAGRAPHS.has(offer.paragraph))) return [];
  const authority = supervisorOf(provider.region, provider.municipality);
  return provider.supervisionReports.map((report) => ({ ...report, authority }));
}

export async function demoRecordOps(
  store: Repository,
  tenantId: string,
): Promise<{ ops: WriteOp[]; result: DemoRecordsUpgrade }> {
  const result: DemoRecordsUpgrade = { providers: 0, contracts: 0 };
  const ops: WriteOp[] = [];
  const providers = (await collectAllDocs<Provider>(store, tenantId, 'provider')).filter((doc) =>
    seeded('provider', doc.id),
  );
  const publicIds = new Set(providers.filter((doc) => doc.body.ownership === 'public').map((doc) => doc.id));
  for (const doc of providers) {
    const supervisionReports = lawfulReports(doc.body);
    if (JSON.stringify(supervisionReports) === JSON.stringify(doc.body.supervisionReports)) continue;
    const body: Provider = { ...doc.body, supervisionReports };
    ops.push({ op: 'replace', kind: 'provider', id: doc.id, body, index: providerIndex(body), ifMatch: doc.etag });
    result.providers += 1;
  }
  for (const doc of await collectAllDocs<Contract>(store, tenantId, 'contract')) {
    const contract = doc.body;
    if (!seeded('contract', doc.id) || !publicIds.has(contract.providerId)) continue;
    if (contract.priceRegulation.basis !== 'kl') continue;
    const body: Contract = { ...contract, priceRegulation: { ...contract.priceRegulation, basis: 'framework' } };
    ops.push({ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body), ifMatch: doc.etag });
    result.contracts += 1;
  }
  return { ops, result };
}
