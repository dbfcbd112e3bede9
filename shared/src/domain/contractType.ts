// Contract type (kontrakttype): the kind of service a template is for and a clause applies to, keyed as templates and
// clauses name it, with the Danish name every view shows.
import { z } from 'zod';

import { Label, Meta } from './common';

/** The key templates (`contractType`) and clauses (`applicability.contractTypes`) use, e.g. `botilbud-108`. */
export const ContractTypeKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,47}$/, 'Nøglen skal være små bogstaver, tal og bindestreger');

/** What procurement writes. */
export const ContractTypeInput = z.object({ key: ContractTypeKey, name: Label });
export type ContractTypeInput = z.infer<typeof ContractTypeInput>;

export const ContractTypeServerFields = { ...Meta };
export const ContractType = ContractTypeInput.extend(ContractTypeServerFields);
export type ContractType = z.infer<typeof ContractType>;
