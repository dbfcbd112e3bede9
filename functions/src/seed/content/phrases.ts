// Short texts the generators put on records: supervision conclusions, quality notes, reasons and case notes.
import { CONTRACT_TYPES, type ContractType } from './contractTypes';

export const SUPERVISION_CONCLUSIONS = [
  'Tilbuddet lever samlet set op til kravene om kvalitet. Tilsynet anbefaler, at borgernes mål beskrives mere konkret i dokumentationen.',
  'Tilbuddet har en stabil personalegruppe og en tydelig faglig tilgang. Ingen bemærkninger.',
  'Tilbuddet opfylder kravene. Tilsynet har bedt om en plan for at nedbringe antallet af magtanvendelser.',
  'Tilbuddet opfylder kravene, men bør styrke medarbejdernes kendskab til de valgte metoder.',
  'Tilbuddet er sat under skærpet tilsyn på grund af mangler i medicinhåndteringen. Opfølgning om tre måneder.',
] as const;

/** Index of the conclusion that signals trouble, so the catalogue has a few providers to be careful with. */
export const STRICT_SUPERVISION = 4;

export const QUALITY_NOTES = [
  'God dialog ved genforhandlingen; takstredegørelsen kom inden for en uge.',
  'Borgeren er faldet godt til. Leverandøren sender status før hvert opfølgningsmøde.',
  'Fakturaerne har flere gange manglet sagsnummer. Taget op med økonomiansvarlig.',
  'Stærke på autismeområdet, men lang ventetid på plads.',
  'Leverandøren har accepteret Kommunens standardkontrakt uden ændringer.',
  'Varslede en prisstigning over PL-satsen fra økonomiaftalen; begrundelse er efterspurgt.',
  'Meget fleksible ved akutte anbringelser, også uden for almindelig arbejdstid.',
  'Personaleomsætningen har været høj det seneste år; følges ved næste tilsyn.',
] as const;

/** Why an alternative was not chosen; the chosen offer gets CHOSEN_REASON. */
export const REJECTION_REASONS = [
  'Ingen ledig plads før om tre måneder.',
  'Højere takst, og leverandøren ville ikke sende en takstredegørelse.',
  'Langt fra borgerens netværk og nuværende beskæftigelse.',
  'Arbejder ikke med den metode, borgeren har haft gavn af.',
  'Tilbuddet var under skærpet tilsyn ved seneste besøg.',
  'Målgruppen passer kun delvist til borgerens behov.',
] as const;

export const CHOSEN_REASON =
  'Bedste match på målgruppe og metode; takst og vilkår kunne forhandles på plads, og beliggenheden passer til borgerens netværk.';

export const SPECIAL_RATE_REASONS = [
  'Ekstra nattevagt i indkøringsperioden.',
  'Én-til-én-støtte i dagtimerne, indtil borgeren er faldet til.',
  'Ekstra ledsagelse til behandling i en overgangsperiode.',
] as const;

export const DEVIATION_REASONS: Record<string, string> = {
  insurance:
    'Leverandøren fastholdt sin egen forsikringsbestemmelse. Accepteret, fordi Kommunens risiko er begrænset til 10.000 kr. pr. skade.',
  termination: 'Opsigelsesvarslet er tre måneder for begge parter i stedet for én. Accepteret mod en lavere takst.',
  absence: 'Fuld betaling i 30 dage ved indlæggelse. Accepteret, da pladsen skal holdes under behandlingen.',
  'time-registration': 'Tidsregistrering i to uger i stedet for tre, da borgeren kendes fra et tidligere ophold.',
};

/** Short case titles by contract type (no personal data: the need, not the person). */
export const CASE_TITLES: Record<ContractType, string> = {
  [CONTRACT_TYPES.temporary]: 'Midlertidigt botilbud',
  [CONTRACT_TYPES.longTerm]: 'Længerevarende botilbud',
  [CONTRACT_TYPES.support]: 'Socialpædagogisk støtte i egen bolig',
  [CONTRACT_TYPES.placement]: 'Anbringelse på børne- og ungehjem',
  [CONTRACT_TYPES.dayTreatment]: 'Behandlings- og specialundervisningstilbud',
};

export const CASE_NOTES = [
  'Visitationsudvalget bad om mindst to alternativer med pris.',
  'Forhandleren deltog i mødet med leverandøren.',
  'Borgeren og pårørende har besøgt tilbuddet.',
  'Egne tilbud er undersøgt først; ingen ledig plads.',
] as const;

/** Why a case was closed without a contract. */
export const CLOSED_WITHOUT_CONTRACT = 'Behovet dækkes i Kommunens eget tilbud; der købes ikke eksternt.';
