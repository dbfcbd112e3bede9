// Topic (emne): a subject a contract should settle, keyed as clauses and checklist items name it, with its Danish
// name and the synonyms that reveal it in a provider's own wording (`#` in a synonym stands for any number).
import { z } from 'zod';

import { TopicKey } from './clause';
import { freeText, Label, Meta } from './common';

/** One way a provider writes the topic, e.g. "opsigelsesvarsel" or "# kr. pr. døgn". */
export const TopicSynonym = freeText(80, 2);

/** What procurement writes. */
export const TopicInput = z.object({
  key: TopicKey,
  name: Label,
  synonyms: z.array(TopicSynonym).max(100, 'Højst 100 synonymer pr. emne').default([]),
});
export type TopicInput = z.infer<typeof TopicInput>;

export const TopicServerFields = { ...Meta };
export const Topic = TopicInput.extend(TopicServerFields);
export type Topic = z.infer<typeof Topic>;
