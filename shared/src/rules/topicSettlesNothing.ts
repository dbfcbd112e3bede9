// Phrases after which a sentence settles no topic at all: it puts itself outside the agreement, denies a topic, puts it
// off, evades or points elsewhere. Kept as data beside the topics' cues (`topicCues.ts`).

/** Phrases that put a sentence outside the agreement ("reguleres ikke af denne aftale"): it settles no topic. */
export const OUT_OF_SCOPE = [
  'ikke af denne aftale',
  'ikke af aftalen',
  'ikke omfattet af denne aftale',
  'ikke omfattet af aftalen',
  'ikke en del af denne aftale',
  'ikke en del af aftalen',
  'uden for denne aftale',
  'uden for aftalen',
  'ikke reguleret af',
  'ikke af denne overenskomst',
  'ikke af overenskomsten',
  'ikke af denne kontrakt',
  'ikke af kontrakten',
  'ikke omfattet af kontrakten',
  'uden for kontrakten',
];

/**
 * Phrases that deny a topic or put it off ("Særtakst er ikke aktuelt", "det vender jeg tilbage til", "tager vi, når
 * den egentlige kontrakt skal laves"): the sentence settles no topic.
 */
export const DEFERRED = [
  'er ikke aktuelt',
  'er ikke aktuel',
  'er ikke relevant',
  'vender jeg tilbage',
  'vender vi tilbage',
  'jeg vender tilbage',
  'vi vender tilbage',
  'kommer vi tilbage til',
  'kommer jeg tilbage til',
  'tager vi + når',
  'tager vi + senere',
  'aftales senere',
  'aftaler vi senere',
  'afklares senere',
  'snakker vi gerne om',
  'taler vi gerne om',
  'egentlige kontrakt',
  'i den endelige kontrakt',
  'finder vi ud af',
  'forventer ikke',
  'regner ikke med',
  // A topic said not to exist or not to be settled ("Tillægsydelser har vi ikke", "endnu ikke fastsat").
  'har vi ikke',
  'ikke tegnet',
  'er ikke et tema',
  'ikke nævnt',
  'endnu ikke',
  'ikke fastsat',
  'følger senere',
  'oplyses senere',
  'eftersendes',
  'ikke afklaret',
  'ikke på plads',
  'er ikke aftalt',
  'bruger vi ikke',
  'anvender vi ikke',
  'benytter vi ikke',
  'tager vi op',
  'nåede ikke',
  'ikke nået',
  'fortæller vi gerne mere',
  'det aftaler vi',
  'aftaler vi nærmere',
  'aftales nærmere',
  // An answer that evades ("Opsigelse? Det er vi heldigvis sjældent ude for – men ring endelig").
  'sjældent ude for',
  'ring endelig',
  'ring gerne',
  // A question pointed elsewhere ("Spørgsmål om forsikring rettes til kontoret") or a text pointed to elsewhere.
  'spørgsmål om',
  'se den individuelle',
  'fremgår af den individuelle',
  'se vores',
  // Compliance in general ("overholder gældende lovgivning, herunder om tilsyn") settles no topic of its own.
  'gældende lovgivning + herunder om',
];
