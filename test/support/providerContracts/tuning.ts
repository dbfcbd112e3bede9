// Eight provider-written contracts the topic phrases were tuned on: adult, children's and day-treatment offers in
// the styles providers use (formal terms, a price sheet, plain letters), some settling few topics on purpose.
import type { ProviderContract } from './types';

export const TUNING_CONTRACTS: ProviderContract[] = [
  {
    id: 'egelund-107',
    offer: 'adult',
    text: `Samarbejdsaftale mellem Bostedet Egelund ApS og den visiterende kommune

1. Om aftalen
Aftalen gælder fra den dag, borgeren flytter ind, og løber indtil en af parterne siger den op.
Bostedet Egelund er et midlertidigt botilbud for voksne med sindslidelse og misbrug.

2. Betaling
Prisen er 2.640 kr. pr. påbegyndt døgn.
Beløbet fremskrives hvert år den 1. januar med 4 procent.
Hvis borgeren har brug for ledsagelse til læge, tandlæge eller lignende, afregnes det efter regning ud over døgnprisen.
Borgeren betaler selv for mad og husleje efter en individuel beregning, som vi sender til kommunen.
Når borgeren er indlagt på hospitalet, betaler kommunen fuld pris i de første 30 dage.

3. Regninger
Vi sender regning hver måned bagud, og den skal være betalt senest 30 dage efter.

4. Ophør
Begge parter kan sige aftalen op med en måned til udgangen af en måned.

5. Socialtilsynet
Bostedet er godkendt af Socialtilsyn Hovedstaden og får uanmeldte besøg mindst én gang om året.

6. Oplysninger om borgeren
Medarbejderne har tavshedspligt, og vi behandler oplysninger om borgeren efter databeskyttelsesforordningen.

7. Forsikring
Bostedet har tegnet de forsikringer, der er lovpligtige. Borgerens egne ting skal dækkes af borgerens egen indboforsikring.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'add-on-services',
      'own-payment',
      'absence',
      'settlement',
      'termination',
      'supervision',
      'data-protection',
      'insurance',
    ],
  },
  {
    id: 'laerkereden-opholdssted',
    offer: 'children',
    text: `Kære kommune

Tak fordi I har valgt Opholdsstedet Lærkereden til Mikkel. Her er de vilkår, vi plejer at bruge.

Hvad koster det?
Et ophold hos os koster 68.500 kr. om måneden. I de første tre måneder har Mikkel brug for en ekstra voksen om natten, og det koster 22.000 kr. om måneden oveni, indtil vi sammen vurderer, at det ikke længere er nødvendigt.
Vores priser stiger hvert år i januar med det samme som KL's pris- og lønskøn.

Hvem arbejder hos os?
Alle ansatte har vist en ren børneattest, før de begynder, og vi henter nye attester hvert andet år.
Hvis vi bliver bekymrede for Mikkel eller hans søskende, giver vi altid besked til kommunen med det samme, sådan som loven kræver.

Hvordan følger vi op?
Vi holder statusmøde med sagsbehandleren hver tredje måned og skriver en kort status før hvert møde.

Ferie og hjemmeuger
Når Mikkel er hjemme på weekend eller ferie hos sine forældre, betaler kommunen som normalt.

Betaling og ophør
Vi fakturerer forud den 1. i hver måned. Vil kommunen hjemtage Mikkel, skal det ske med tre måneders varsel.
Opholdsstedet er godkendt og under tilsyn af Socialtilsyn Midt.`,
    topics: [
      'rate',
      'special-rate',
      'price-regulation',
      'criminal-record',
      'duty-to-report',
      'follow-up',
      'absence',
      'settlement',
      'termination',
      'supervision',
    ],
  },
  {
    id: 'skovbrynet-dagbehandling',
    offer: 'day-treatment',
    text: `Aftale om dagbehandling – Skovbrynets Dagskole

Skovbrynets Dagskole er et dagbehandlingstilbud med intern skole for børn fra 0. til 9. klasse. Vi har indgået en aftale om kvalitet med Roskilde Kommune, som er vores beliggenhedskommune, og aftalen ligger på vores hjemmeside.

Pris
Kommunen betaler 1.450 kr. for hver skoledag, barnet er indskrevet. Der er 200 skoledage om året.
Kørsel til og fra skolen er ikke med i prisen og afregnes efter regning.

Opstart og afslutning
Indskrivningen starter den første skoledag efter visitationen. Kommunen kan udskrive barnet med 40 skoledages varsel.

Samarbejde
Vi holder møde med forældre og sagsbehandler to gange om året, hvor vi gennemgår barnets mål.

Medarbejdere
Vi har børneattest på alle ansatte og praktikanter.
Alle ansatte har tavshedspligt om det, de hører om børnene og deres familier.`,
    topics: [
      'quality-agreement',
      'rate',
      'add-on-services',
      'term',
      'termination',
      'follow-up',
      'criminal-record',
      'data-protection',
    ],
  },
  {
    id: 'hjemmevejen-85',
    offer: 'adult',
    text: `LEVERINGSBETINGELSER FOR SOCIALPÆDAGOGISK STØTTE (SEL § 85)
Hjemmevejen I/S · gældende fra 1. januar 2027

§ 1 Ydelsen
Hjemmevejen leverer socialpædagogisk støtte i borgerens eget hjem i det antal timer om ugen, som kommunen har bevilget.

§ 2 Timepris
Støtten koster 620,40 kr. i timen for tid sammen med borgeren. Transporttid medregnes ikke.
Timeprisen reguleres 1. januar hvert år med satsen for pris- og lønudvikling.
Aflyser borgeren senere end 24 timer før, betales den planlagte tid alligevel.

§ 3 Fakturering
Der faktureres månedsvis bagud på grundlag af vores timeregistrering, med betalingsfrist 20 dage.

§ 4 Ansvar
Hjemmevejen er ikke erstatningsansvarlig for skader, borgeren selv forvolder.
Vi har en erhvervsansvarsforsikring, der dækker skader forvoldt af vores medarbejdere.

§ 5 Persondata
Vi er databehandler for kommunen og har underskrevet kommunens databehandleraftale.

§ 6 Opsigelse
Aftalen kan opsiges af begge parter med 14 dages varsel.`,
    topics: [
      'rate',
      'price-regulation',
      'absence',
      'settlement',
      'liability',
      'insurance',
      'data-protection',
      'termination',
    ],
  },
  {
    id: 'fjordgaarden-prisblad',
    offer: 'day-treatment',
    text: `Fjordgården – specialskole med tilknyttet behandling
Prisblad for skoleåret 2026/27

• Grundpris: 41.200 kr. pr. elev pr. måned i 11 måneder
• Elev med behov for skærmet undervisning: tillæg efter aftale, faktureres særskilt
• Priserne pristalsreguleres pr. 1. august
• Betaling: netto 30 dage fra fakturadato
• Ved længerevarende sygdom betales fuld pris de første 20 skoledage, derefter halv pris`,
    topics: ['rate', 'add-on-services', 'price-regulation', 'settlement', 'absence'],
  },
  {
    id: 'toftehaven-108',
    offer: 'adult',
    text: `Driftsaftale om længerevarende botilbud – Toftehaven

Toftehaven drives af Bakkekommune efter servicelovens § 108 og ejes af kommunen.

Takst
Taksten for 2027 er 3.118 kr. pr. døgn. Den bygger på tilbuddets budget, som er fordelt på løn, bygning, kost, aktiviteter og administration, og beregningen kan fås ved henvendelse.
Taksten fremskrives årligt med KL's pris- og lønskøn.
Beboeren betaler husleje efter lejekontrakten og et månedligt beløb for kost og vask direkte til Toftehaven.

Betaling
Køberkommunen modtager en samlet faktura hver måned.

Kvalitet og tilsyn
Toftehaven er godkendt af Socialtilsyn Nord og følger tilsynets anbefalinger.
Vi laver en statusrapport til handlekommunen én gang om året og inviterer til møde om borgerens mål.

Fraflytning
Ønsker køberkommunen at flytte beboeren, skal det varsles skriftligt med tre måneder.

Tavshedspligt
Personalet er omfattet af forvaltningslovens regler om tavshedspligt.`,
    topics: [
      'rate',
      'rate-basis',
      'price-regulation',
      'own-payment',
      'settlement',
      'supervision',
      'follow-up',
      'termination',
      'data-protection',
    ],
  },
  {
    id: 'solsikken-familiepleje',
    offer: 'children',
    text: `Spørgsmål og svar om anbringelse gennem Familieplejen Solsikken

Hvad får plejefamilien?
Plejefamilien får et vederlag på 4 gange vederlagsenheden om måneden og dækning af barnets udgifter til tøj, lommepenge og fritid. Vi sender én samlet regning til kommunen hver måned.

Hvad koster vores støtte til familien?
Konsulentstøtten koster 9.800 kr. pr. måned pr. barn.

Hvad hvis barnet har særlige behov?
Har barnet i en periode brug for mere støtte, kan vi tilbyde et ekstra forløb med familiebehandler. Det aftales skriftligt med kommunen for højst tre måneder ad gangen.

Hvordan følger I op?
Konsulenten besøger familien hver måned og sender en kort skriftlig status til sagsbehandleren før børnesamtalen.

Hvad hvis der er noget galt?
Hører vi om omsorgssvigt eller overgreb, underretter vi kommunen samme dag.

Hvordan stopper samarbejdet?
Samarbejdet stopper, når anbringelsen ophører, eller med to måneders varsel, hvis kommunen vælger en anden løsning.`,
    topics: ['rate', 'settlement', 'special-rate', 'follow-up', 'duty-to-report', 'termination'],
  },
  {
    id: 'kystly-aflastning',
    offer: 'adult',
    text: `Kystly – aflastning og korte ophold for voksne med udviklingshæmning
Almindelige vilkår

Kommunen køber ophold i perioder, der aftales fra gang til gang. Prisen er 2.980 kr. pr. påbegyndt døgn og 1.100 kr. for et dagophold.
Afbestiller kommunen et ophold mindre end 7 dage før, betales halvdelen af prisen.
Borgeren medbringer egen medicin og lommepenge og betaler selv for udflugter.
Kystly kan ikke gøres ansvarlig for tab af borgerens private værdigenstande, og borgeren skal selv have en indboforsikring, der dækker under opholdet.
Vi opkræver betaling efter hvert ophold med 14 dages betalingsfrist.
Kystly er registreret på Tilbudsportalen og har tilsyn fra Socialtilsyn Syd.`,
    topics: ['rate', 'absence', 'own-payment', 'liability', 'insurance', 'settlement', 'supervision'],
  },
];
