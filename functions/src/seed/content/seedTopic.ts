// A topic of the demo library as written: its Danish name and the phrases that reveal it in a provider's own wording.

export interface SeedTopic {
  name: string;
  synonyms: string[];
}
