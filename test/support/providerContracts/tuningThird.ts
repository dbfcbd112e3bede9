// Six provider-written contracts first written as the held-out set and kept out of the tuning; once their misses had
// been looked at they could no longer show how the recognition generalises, so the phrases are now tuned on them too.
import type { ProviderContract } from './types';

export const THIRD_TUNING_CONTRACTS: ProviderContract[] = [
  {
    id: 'havbakken-ungdomshjem',
    offer: 'children',
    text: `Havbakken Ungdomshjem – aftale om døgnophold

Anbringelsen begynder den dag, den unge flytter ind, og varer til den unge fylder 18 år, medmindre andet aftales.
For opholdet betales 74.900 kr. månedligt. Beløbet opskrives hvert år pr. 1. januar med den sats, KL udmelder.
I en overgangsperiode på op til seks uger efter indflytning kan der være behov for to voksne omkring den unge døgnet rundt; det koster 1.200 kr. ekstra pr. døgn og vurderes hver fjortende dag.
Hver medarbejder har afleveret en børneattest ved ansættelsen.
Bliver vi opmærksomme på, at den unge har det skidt eller udsættes for noget, underretter vi kommunen skriftligt.
Regningen for en måned sendes i begyndelsen af måneden og skal betales inden 30 dage.
Anbringende kommune kan afbryde opholdet med en måneds frist. Vi kan selv bringe opholdet til ophør, hvis vi ikke længere kan rumme den unge.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'special-rate',
      'criminal-record',
      'duty-to-report',
      'settlement',
      'termination',
    ],
  },
  {
    id: 'regnbuen-aflastning-boern',
    offer: 'children',
    text: `Regnbuen – aflastning for børn med handicap

Et aflastningsdøgn koster 3.350 kr.
Aflyses et planlagt aflastningsophold senere end en uge før, betaler kommunen fuld pris for de aflyste døgn.
Forældrene sørger selv for bleer, medicin og særlig kost, som barnet har brug for.
Vi er godkendt af Socialtilsyn Sjælland som aflastningstilbud efter barnets lov, og vi får tilsynsbesøg hvert år.
Vi gemmer kun de oplysninger om barnet, vi har brug for, og sletter dem, når aflastningen stopper, i overensstemmelse med GDPR.`,
    topics: ['rate', 'absence', 'own-payment', 'supervision', 'data-protection'],
  },
  {
    id: 'stenhoej-botilbud',
    offer: 'adult',
    text: `Stenhøj Bo- og Værested ApS · Kontrakt om køb af plads (§ 107)

1. Kontraktens løbetid: Kontrakten er gældende fra indflytning og er tidsubegrænset.
2. Pris: 2.210 kr. pr. døgn inkl. støtte, kost og aktiviteter. Prisen reguleres én gang årligt med KL's pris- og lønskøn.
3. Ydelser, der ikke er omfattet af prisen, fx ledsagelse på ferie, faktureres efter forudgående aftale til 480 kr. i timen.
4. Ved borgerens ferie, hospitalsophold eller andet midlertidigt fravær betales prisen uændret i op til 60 dage.
5. Betalingsbetingelser: Løbende måned netto 14 dage.
6. Ansvar og forsikring: Leverandøren har tegnet lovpligtig arbejdsskadeforsikring og en erhvervsansvarsforsikring. Leverandøren er ikke ansvarlig for skader på borgerens ejendele.
7. Kontrakten kan opsiges af køber med 1 måneds varsel til den 1. i en måned.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'add-on-services',
      'absence',
      'settlement',
      'insurance',
      'liability',
      'termination',
    ],
  },
  {
    id: 'nordlys-bostoette',
    offer: 'adult',
    text: `Nordlys Bostøtte – vores vilkår

Vi leverer bostøtte efter § 85 i det omfang, kommunen har bevilget.
Prisen for en støttetime er 598 kr.; der faktureres pr. påbegyndt kvarter.
Hvis borgeren ikke er hjemme til et aftalt besøg, faktureres besøget som leveret.
Hvert kvartal laver vi en skriftlig opfølgning på borgerens mål til kommunens sagsbehandler.
Alle vores bostøtter er uddannede socialpædagoger og har tavshedspligt.
Nordlys fremsender faktura månedsvis bagud via NemHandel.
Samarbejdet om den enkelte borger kan opsiges med 14 dages varsel.`,
    topics: ['rate', 'absence', 'follow-up', 'data-protection', 'settlement', 'termination'],
  },
  {
    id: 'moellegaarden-specialskole',
    offer: 'day-treatment',
    text: `Møllegårdens Specialskole og Dagbehandling
Betingelser for optagelse 2027

Møllegården har en kvalitetsaftale med Svendborg Kommune som beliggenhedskommune, og kommunen fører også driftsorienteret tilsyn med os.
Prisen pr. elev er 1.620 kr. pr. skoledag for skoledel og behandling tilsammen.
Ekstra støtte i timer ud over det almindelige skema, fx en-til-en-undervisning, kan aftales for en periode og betales med et tillæg pr. dag, som fastsættes i hver enkelt sag.
Taksten pris- og lønreguleres pr. 1. januar.
Eleven udskrives ved skoleårets afslutning, eller når den anbringende kommune meddeler udskrivning med 30 dages varsel.
Vi indhenter børneattest for alle, der arbejder med eleverne.`,
    topics: [
      'quality-agreement',
      'supervision',
      'rate',
      'special-rate',
      'price-regulation',
      'termination',
      'criminal-record',
    ],
  },
  {
    id: 'kompasset-dagtilbud',
    offer: 'day-treatment',
    text: `Dagtilbuddet Kompasset · Kort om samarbejdet

Kompasset er et dagbehandlingstilbud for børn i indskolingen. Vores godkendelse sker gennem en aftale om kvalitet med Horsens Kommune.
En plads koster 29.500 kr. pr. måned i årets 12 måneder.
Vi afholder opfølgningsmøde med familie og rådgiver efter de første tre måneder og derefter hvert halve år.
Er vi bekymrede for et barns trivsel, laver vi en underretning til barnets kommune.
Pladsen kan opsiges med tre måneders varsel.`,
    topics: ['quality-agreement', 'rate', 'follow-up', 'duty-to-report', 'termination'],
  },
];
