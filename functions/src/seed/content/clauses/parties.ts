// Demo clauses on who the parties are, what the agreement rests on, the framework-agreement variants, the term, the
// use of subcontractors and the signatures.
import { field, type SeedClause } from './define';

const frameworkGuidance =
  "Kontrakten findes i to varianter, som KL's standardkontrakter: A, når tilbuddet er omfattet af en regional rammeaftale, og B, når det ikke er. Brug præcis én af dem. Slå tilbuddet op på rammeaftalens tilbudsliste for regionen: for tilbud i rammeaftalen er det styringsaftalens regler om takstberegning, prisregulering og efterregulering, der gælder, og de kan ikke forhandles væk i den enkelte kontrakt.";
const frameworkPhrases = ['rammeaftale', 'styringsaftale', 'rammeaftalen for', 'regional rammeaftale'];

/** The signature block's fields: the `signatures` clause holds them, and every demo template declares them. */
export const SIGNATURE_FIELDS = [
  field('contractNumber', 'Kontraktnummer', 'text'),
  field('signatureDate', 'Dato for underskrift', 'date'),
  field('municipalitySignatory', 'Underskriver for Kommunen', 'text'),
  field('providerSignatory', 'Underskriver for Leverandøren', 'text'),
];

export const PARTY_CLAUSES: SeedClause[] = [
  {
    key: 'parties',
    title: 'Parterne',
    topic: 'parties',
    text: [
      'Denne kontrakt er indgået mellem {{municipalityName}} (herefter Kommunen) og {{providerName}}, CVR-nr. {{providerCvr}} (herefter Leverandøren), om Kommunens køb af en indsats i tilbuddet {{offerName}}.',
      'Kommunen er handlekommune og betaler for indsatsen, medmindre en anden betalingskommune er angivet her: {{payingMunicipality}}.',
      'Kommunen har truffet afgørelse om indsatsen og betaler for den. Leverandøren har ansvaret for, at indsatsen leveres som beskrevet i kontrakten og i den plan, Kommunen har lagt.',
      'Den person, indsatsen gælder, er ikke part i kontrakten og omtales alene ved Kommunens sagsnummer {{caseReference}}. Kontrakten pålægger ikke den pågældende pligter. Personnummer må hverken stå i kontrakten, i bilag eller på fakturaer.',
    ],
    fields: [
      field('municipalityName', 'Kommunens navn', 'text'),
      field('providerName', 'Leverandørens navn', 'text'),
      field('providerCvr', 'Leverandørens CVR-nummer', 'cvr'),
      field('offerName', 'Tilbuddets navn', 'text'),
      field('caseReference', 'Sagsnummer i sagssystemet', 'text'),
      field('payingMunicipality', 'Anden betalingskommune', 'text', false),
    ],
    guidance:
      'Skriv leverandørens navn, som det står i CVR-registret, og tilbuddets navn, som det står på Tilbudsportalen eller i kvalitetsaftalen. Så kan kontrakten senere kobles til det rigtige tilbud i leverandørkataloget. Borgeren eller barnet er ikke part, og kontrakten kan derfor ikke lægge pligter på dem. CPR-nummeret hører ikke hjemme i kontrakten: sagsnummeret er nok til at finde sagen. Handlekommunen er den kommune, der har ansvaret for at træffe afgørelse og følge op (retssikkerhedslovens § 9); betalingskommunen er den, der endeligt betaler, og kan efter retssikkerhedslovens § 9 c være en anden, fx den tidligere opholdskommune ved ophold i botilbud. Står der en anden betalingskommune, skal fakturaen stadig sendes til Kommunen som handlekommune.',
    recognitionPhrases: [
      'parterne',
      'herefter benævnt',
      'aftalens parter',
      'køber og leverandør',
      'mellem undertegnede',
    ],
  },
  {
    key: 'legal-basis',
    title: 'Lovgrundlag og afgørelse',
    topic: 'legal-basis',
    text: [
      'Kommunen har truffet afgørelse om indsatsen efter {{legalBasis}}. Afgørelsen og den tilhørende plan er grundlaget for den indsats, Leverandøren skal levere.',
      'Træffer Kommunen en ny afgørelse, meddeler Kommunen den skriftligt til Leverandøren med angivelse af, fra hvilken dato den får virkning for indsatsen. Ændrer afgørelsen indsatsen eller prisen, følges bestemmelserne om ændringer i behovet og om genforhandling. Leverandøren kan ikke på egen hånd udvide eller ændre indsatsen.',
    ],
    fields: [field('legalBasis', 'Lovgrundlag (lov og paragraf)', 'text')],
    guidance:
      'Angiv den præcise bestemmelse, fx serviceloven § 107 eller barnets lov § 46. Anbringelser og støttende indsatser til børn og unge følger barnets lov fra 1. januar 2024; behandlings- og specialundervisningstilbud har desuden deres egen lov fra samme dato. En leverandørkontrakt, der stadig henviser til servicelovens § 52 eller § 66 for et barn, bygger på regler, der ikke længere gælder – bed om en rettet kontrakt. Tjek også, at skabelonen passer til den bestemmelse, afgørelsen er truffet efter.',
    recognitionPhrases: [
      'lovgrundlag',
      'jf. servicelovens',
      'i henhold til',
      'afgørelse om',
      'barnets lov',
      'servicelovens § 52',
      'servicelovens § 66',
      'lov om social service',
    ],
  },
  {
    key: 'contract-basis',
    title: 'Kontraktgrundlag og leverandørens egne vilkår',
    topic: 'contract-basis',
    text: [
      'Kontrakten regulerer forholdet mellem Kommunen og Leverandøren. Den kan ikke give den, indsatsen gælder, færre rettigheder, end loven og Kommunens afgørelse giver. Hvad den pågældende har ret til, følger af Kommunens afgørelse; Leverandøren tilrettelægger indsatsen efter afgørelsen og den plan, Kommunen giver Leverandøren besked om.',
      'Mellem parterne består kontraktgrundlaget i denne rækkefølge af: kontrakten, ydelsesbeskrivelsen, takstredegørelsen og disse bilag, som begge parter har underskrevet: {{annexList}}. Hverken kontrakten eller bilagene indeholder personnummer eller andre personoplysninger end sagsnummeret.',
      'Leverandørens egne standardvilkår, forretningsbetingelser eller vilkår offentliggjort på Tilbudsportalen indgår ikke i aftalen, medmindre de er nævnt udtrykkeligt og vedlagt som bilag.',
    ],
    fields: [field('annexList', 'Bilag til kontrakten', 'text')],
    guidance:
      'Afgørelsen fastlægger borgerens eller barnets ret, og en kontrakt kan ikke fravige loven eller afgørelsen; derfor står afgørelsen og planen ikke i kontraktens rangorden og vedlægges ikke som bilag – de indeholder personoplysninger, som leverandøren får ad sikker vej efter reglerne om videregivelse. Leverandører sender ofte deres egen kontrakt, og den er typisk skrevet til leverandørens fordel: brug altid Kommunens kontrakt. Kan den undtagelsesvis ikke bruges, skal forhandleren efter Kommunens interne regler godkende afvigelsen, før der skrives under; registrér begrundelsen på sagen. Det er en intern regel og hører ikke hjemme i kontrakten.',
    recognitionPhrases: [
      'almindelige betingelser',
      'forretningsbetingelser',
      'standardvilkår',
      'leverandørens vilkår',
      'går forud for',
      'rangorden',
    ],
  },
  {
    key: 'framework-inside',
    title: 'Variant A: Tilbud omfattet af rammeaftalen',
    topic: 'framework-agreement',
    text: [
      'Tilbuddet er omfattet af rammeaftalen for {{frameworkRegion}} og den tilhørende styringsaftale.',
      'Styringsaftalens regler om takstberegning, prisregulering, efterregulering og takster for ydelser ud over grundtaksten gælder for kontrakten og går forud for kontraktens bestemmelser om de samme forhold. I øvrigt gælder kontrakten.',
      'Ændres styringsaftalen i kontraktperioden, gælder den ændrede styringsaftale fra det tidspunkt, den selv fastsætter.',
    ],
    fields: [field('frameworkRegion', 'Rammeaftalens region', 'text')],
    guidance: frameworkGuidance,
    recognitionPhrases: frameworkPhrases,
  },
  {
    key: 'framework-outside',
    title: 'Variant B: Tilbud uden for rammeaftalen',
    topic: 'framework-agreement',
    text: [
      'Tilbuddet er ikke omfattet af rammeaftalen for {{frameworkRegion}} eller af en anden regional rammeaftale. Takst, prisregulering og efterregulering følger alene af denne kontrakt.',
      'Bliver tilbuddet i kontraktperioden optaget i en rammeaftale, orienterer Leverandøren Kommunen, og parterne tilpasser kontrakten til styringsaftalens regler.',
    ],
    fields: [field('frameworkRegion', 'Region, hvis rammeaftale er tjekket', 'text')],
    guidance: frameworkGuidance,
    recognitionPhrases: frameworkPhrases,
  },
  {
    key: 'term',
    title: 'Ikrafttræden og varighed',
    topic: 'term',
    text: [
      'Kontrakten træder i kraft den {{startDate}} og gælder, indtil den ophører efter kontraktens regler om opsigelse og ophør.',
      'Kontrakten udløber den {{endDate}}. Har Kommunen på den dato ikke truffet en ny afgørelse, og fortsætter indsatsen efter aftale med Kommunen, løber kontrakten videre på de samme vilkår, indtil den opsiges efter kontraktens regler.',
      'Indsatsen tages op til revurdering senest den {{reviewDate}}. Kommunen giver Leverandøren besked om resultatet, og Leverandøren bidrager med en status på målene.',
      'Tidspunktet for indflytning eller opstart aftales mellem Leverandøren og Kommunen. Betalingen løber fra den dag, indsatsen faktisk begynder.',
      'Holdes pladsen efter aftale ledig fra den {{reservedFrom}} til indflytningen, betaler Kommunen {{reservationPercent}} % af taksten for den periode.',
    ],
    fields: [
      field('startDate', 'Startdato', 'date'),
      field('endDate', 'Slutdato', 'date', false),
      field('reviewDate', 'Revurderingsdato', 'date', false),
      field('reservedFrom', 'Pladsen holdes fra', 'date', false),
      field('reservationPercent', 'Betaling for holdt plads (%)', 'number', false),
    ],
    guidance:
      'Et midlertidigt ophold efter servicelovens § 107 skal have en slutdato eller en revurderingsdato: det er midlertidigt, og Køberollen kræver en af dem, før en § 107-kontrakt kan gemmes. Længerevarende ophold efter § 108 løber som regel uden slutdato – aftal i stedet en dato for genforhandling. Er der ingen ny afgørelse på slutdatoen, falder indsatsen ikke bort; kontrakten løber videre, til den opsiges, så borgeren ikke står uden kontrakt. Står en dato tom, falder afsnittet bort af sig selv.',
    recognitionPhrases: [
      'ikrafttræden',
      'varighed',
      'træder i kraft',
      'kontraktperiode',
      'aftalens løbetid',
      'revurdering',
    ],
  },
  {
    key: 'subcontracting',
    title: 'Underleverandører',
    topic: 'subcontracting',
    text: [
      'Leverandøren må kun lade en underleverandør udføre dele af indsatsen, hvis Kommunen skriftligt har sagt ja. Leverandøren hæfter for underleverandørens arbejde, som var det Leverandørens eget.',
      'Ved kontraktens indgåelse er disse underleverandører godkendt: {{approvedSubcontractors}}.',
      'Ydelser fra en underleverandør faktureres med samme specifikation som Leverandørens egne ydelser og må ikke koste mere, end kontrakten fastsætter.',
    ],
    fields: [field('approvedSubcontractors', 'Godkendte underleverandører', 'text', false)],
    guidance:
      'Spørg, om dele af indsatsen – fx psykologbistand, kørsel eller nattevagt – købes hos andre. Prisen på disse ydelser skal stå i kontrakten, ellers bliver de let faktureret som tillæg.',
    recognitionPhrases: ['underleverandør', 'tredjemand', 'samarbejdspartner', 'overdragelse af opgaver'],
  },
  {
    key: 'signatures',
    title: 'Underskrifter',
    topic: 'parties',
    text: [
      'Kontrakten er registreret under nummer {{contractNumber}} i Kommunens kontraktregister. Ændringer gælder kun, når parterne har aftalt dem skriftligt og begge har underskrevet dem.',
      'Kontrakten er underskrevet den {{signatureDate}}. Hver part får et underskrevet eksemplar.',
      'For Kommunen: {{municipalitySignatory}}',
      'For Leverandøren: {{providerSignatory}}',
    ],
    fields: SIGNATURE_FIELDS,
    guidance:
      'Kontrakten skal underskrives af nogen, der kan forpligte parten: for Kommunen en leder med ansvar for budgettet, for Leverandøren typisk forstanderen, lederen eller direktøren. Skriv navn og stilling. Kontraktnummeret er det nummer, kontrakten har i Kommunens register, så fakturaer og opfølgning kan kobles til den rigtige kontrakt.',
    recognitionPhrases: ['underskrifter', 'for kommunen', 'for leverandøren'],
  },
];
