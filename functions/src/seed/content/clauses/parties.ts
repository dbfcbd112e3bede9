// Demo clauses on who the parties are, what the agreement rests on, the framework-agreement variants, the term and
// the use of subcontractors.
import { field, type SeedClause } from './define';

const frameworkGuidance =
  "Kontrakten findes i to varianter, som KL's standardkontrakter: A, når tilbuddet er omfattet af en regional rammeaftale, og B, når det ikke er. Brug præcis én af dem. Slå tilbuddet op på rammeaftalens tilbudsliste for regionen: for tilbud i rammeaftalen er det styringsaftalens regler om takstberegning, prisregulering og efterregulering, der gælder, og de kan ikke forhandles væk i den enkelte kontrakt.";
const frameworkPhrases = ['rammeaftale', 'styringsaftale', 'rammeaftalen for', 'regional rammeaftale'];

export const PARTY_CLAUSES: SeedClause[] = [
  {
    key: 'parties',
    title: 'Parterne',
    topic: 'parties',
    text: [
      'Denne kontrakt er indgået mellem {{municipalityName}} (herefter Kommunen) og {{providerName}}, CVR-nr. {{providerCvr}} (herefter Leverandøren), om køb af en plads i tilbuddet {{offerName}}.',
      'Kommunen har truffet afgørelse om indsatsen og betaler for den. Leverandøren har ansvaret for, at indsatsen leveres som beskrevet i kontrakten og i den plan, Kommunen har lagt.',
      'Den person, indsatsen gælder, er ikke part i kontrakten og omtales alene ved Kommunens sagsnummer {{caseReference}}. Kontrakten pålægger ikke den pågældende pligter. Personnummer må hverken stå i kontrakten, i bilag eller på fakturaer.',
    ],
    fields: [
      field('municipalityName', 'Kommunens navn', 'text'),
      field('providerName', 'Leverandørens navn', 'text'),
      field('providerCvr', 'Leverandørens CVR-nummer', 'cvr'),
      field('offerName', 'Tilbuddets navn', 'text'),
      field('caseReference', 'Sagsnummer i sagssystemet', 'text'),
    ],
    guidance:
      'Skriv leverandørens navn, som det står i CVR-registret, og tilbuddets navn, som det står på Tilbudsportalen eller i kvalitetsaftalen. Så kan kontrakten senere kobles til det rigtige tilbud i leverandørkataloget. Borgeren eller barnet er ikke part, og kontrakten kan derfor ikke lægge pligter på dem. CPR-nummeret hører ikke hjemme i kontrakten: sagsnummeret er nok til at finde sagen.',
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
      'Kontraktgrundlaget består i denne rækkefølge af: kontrakten, Kommunens afgørelse og plan, ydelsesbeskrivelsen, takstredegørelsen og disse bilag, som begge parter har underskrevet: {{annexList}}.',
      'Leverandørens egne standardvilkår, forretningsbetingelser eller vilkår offentliggjort på Tilbudsportalen indgår ikke i aftalen, medmindre de er nævnt udtrykkeligt og vedlagt som bilag.',
      'Kan Kommunens kontrakt undtagelsesvis ikke bruges, begrundes det skriftligt, og Kommunens kontraktforhandler skal godkende afvigelsen, før der skrives under.',
    ],
    fields: [field('annexList', 'Bilag til kontrakten', 'text')],
    guidance:
      'Leverandører sender ofte deres egen kontrakt, og den er typisk skrevet til leverandørens fordel. Brug altid Kommunens kontrakt. Vil leverandøren ikke acceptere den, så inddrag forhandleren, og registrér den accepterede afvigelse og begrundelsen på sagen.',
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
      'Kontrakten udløber senest den {{endDate}}, medmindre parterne forinden skriftligt har aftalt en forlængelse på grundlag af en ny vurdering af behovet.',
      'Tidspunktet for indflytning eller opstart aftales mellem Leverandøren og Kommunen. Betalingen løber fra den dag, indsatsen faktisk begynder.',
    ],
    fields: [field('startDate', 'Startdato', 'date'), field('endDate', 'Slutdato', 'date', false)],
    guidance:
      'Et midlertidigt ophold efter § 107 bør have en slutdato eller en dato, hvor indsatsen tages op til vurdering. Længerevarende ophold efter § 108 løber som regel uden slutdato – aftal så i stedet en dato for genforhandling. Står slutdatoen tom, falder afsnittet om udløb bort af sig selv.',
    recognitionPhrases: ['ikrafttræden', 'varighed', 'træder i kraft', 'kontraktperiode', 'aftalens løbetid'],
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
];
