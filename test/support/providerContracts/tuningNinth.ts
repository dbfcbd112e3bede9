// Forty provider-written contracts, once held out from the tuning (written by two people who had not seen the
// recognition, measured once as they came: recall 95.0 %, precision 92.4 %), now tuned on. The rest are in
// `tuningNinthSecond.ts`, `tuningNinthThird.ts`, `tuningNinthFourth.ts`, `tuningNinthFifth.ts`, `tuningNinthSixth.ts`.
import { NINTH_TUNING_FIFTH } from './tuningNinthFifth';
import { NINTH_TUNING_FOURTH } from './tuningNinthFourth';
import { NINTH_TUNING_SECOND } from './tuningNinthSecond';
import { NINTH_TUNING_SIXTH } from './tuningNinthSixth';
import { NINTH_TUNING_THIRD } from './tuningNinthThird';
import type { ProviderContract } from './types';

const NINTH_TUNING_FIRST: ProviderContract[] = [
  {
    id: 'agerhoenen-botilbud',
    offer: 'adult',
    text: `Driftsaftale om botilbud efter servicelovens § 108

Agerhønen Bo- og Støttecenter ApS, Markvejen 14, 4760 Vordingborg (leverandøren)
og
Kommunen, Social og Sundhed, som handle- og betalingskommune (kommunen)

1. Aftalens genstand
1.1 Leverandøren stiller en bolig med tilhørende døgnstøtte til rådighed for borgeren efter servicelovens § 108 i overensstemmelse med kommunens afgørelse.
1.2 Indsatsen beskrives nærmere i bilag 1 (ydelsesbeskrivelse) og i borgerens pædagogiske plan.

2. Ikrafttræden og varighed
2.1 Aftalen gælder fra indflytningsdagen den 1. februar 2027 og løber, indtil den opsiges efter punkt 8.

3. Pris
3.1 Prisen udgør 68.900 kr. pr. måned (2027-niveau).
3.2 Prisen er beregnet ud fra en gennemsnitlig personaledækning på én medarbejder pr. 2,5 beboer i dag- og aftentimer og en vågen nattevagt fælles for huset samt en andel af ledelse, administration, faglig supervision og bygningsdrift. Husleje er ikke indregnet.
3.3 Pr. 1. januar hvert år fremskrives prisen med den pris- og lønudvikling, der er lagt til grund i den senest indgåede økonomiaftale mellem regeringen og KL. Leverandøren sender kommunen den fremskrevne pris senest 1. december.

4. Borgerens egne udgifter
4.1 Borgeren betaler selv husleje, el og varme efter lejekontrakten samt 2.350 kr. pr. måned for kost. Kommunen træffer afgørelse om egenbetalingen; leverandøren opkræver ikke betaling for noget, der allerede er indeholdt i prisen.

5. Fravær
5.1 Under borgerens indlæggelse eller ferie betales fuld pris i op til 30 sammenhængende dage. Herefter betales 80 % af prisen, indtil borgeren vender tilbage, eller aftalen opsiges.

6. Fakturering og betaling
6.1 Leverandøren fakturerer månedsvis forud via EAN-nummer. Fakturaen angiver borgerens initialer, periode, pris og eventuelle fradrag.
6.2 Betalingsfristen er 30 dage fra fakturadato.

7. Godkendelse og oplysningspligt
7.1 Tilbuddet er godkendt af Socialtilsyn Øst til 12 pladser efter § 108 og modtager både anmeldte og uanmeldte tilsynsbesøg.
7.2 Leverandøren giver kommunens sagsbehandler besked hurtigst muligt og senest inden for to hverdage ved væsentlige ændringer i borgerens situation, ved magtanvendelse, ved alvorlige hændelser, ved påbud fra socialtilsynet og ved borgerens ønske om at flytte.

8. Opsigelse
8.1 Parterne kan hver især opsige aftalen med 3 måneders varsel til udgangen af en måned.
8.2 Ved borgerens død ophører aftalen med udgangen af den følgende måned.

9. Personoplysninger
9.1 Leverandøren behandler oplysninger om borgeren efter databeskyttelsesforordningen og databeskyttelsesloven. Oplysningerne opbevares i et lukket journalsystem og videregives kun til kommunen eller med borgerens samtykke.

10. Forsikring
10.1 Ingen særskilte bestemmelser.

11. Underskrifter
Vordingborg, den ________        Kommunen, den ________
For leverandøren                 For kommunen`,
    topics: [
      'rate',
      'rate-basis',
      'price-regulation',
      'own-payment',
      'absence',
      'settlement',
      'supervision',
      'duty-to-report',
      'termination',
      'term',
      'data-protection',
    ],
  },
  {
    id: 'bavnehoej-bostoette',
    offer: 'adult',
    text: `BAVNEHØJ BOSTØTTE – PRISBLAD 2027
Socialpædagogisk støtte efter servicelovens § 85 i borgerens eget hjem

Timepris for støtte (ansigt til ansigt): 585 kr.
Timepris aften og weekend (kl. 18–07, lørdag, søndag og helligdage): 690 kr.
Timeprisen rummer medarbejderens tid hos borgeren, kørsel inden for kommunegrænsen, dokumentation, koordinering med netværket og ledelsestid. Alle medarbejdere er pædagoger eller socialrådgivere.

Ydelser, der faktureres for sig:
• Ledsagelse til læge, tandlæge eller jobcenter ud over den bevilgede tid: 585 kr./time
• Kørsel uden for kommunen: 3,79 kr. pr. km
• Deltagelse i netværksmøder på kommunens foranledning: 450 kr./time

Aflyste besøg
• Aflyser borgeren senere end kl. 12 dagen før, afregnes besøget fuldt.
• Aflyser Bavnehøj, afregnes intet.

Prisændringer
Timepriserne justeres 1. januar efter PL-satsen i den seneste økonomiaftale. Nye priser meddeles skriftligt senest 1. november.

Betalingsbetingelser
Faktura sendes den 5. i måneden for de timer, der er leveret i den foregående måned, med timeopgørelse pr. borger. Netto 30 dage.

Har I spørgsmål om forsikring, er I velkomne til at kontakte vores administration.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'absence', 'price-regulation', 'settlement'],
  },
  {
    id: 'dueslaget-107',
    offer: 'adult',
    text: `Emne: Bekræftelse af midlertidigt ophold – Dueslaget, § 107

Kære Mette Kragh

Tak for en god snak i går. Hermed bekræfter vi, at J.H. kan flytte ind i vores midlertidige botilbud mandag den 8. marts 2027. Opholdet er bevilget for seks måneder, altså til og med den 7. september 2027, og forlænges kun, hvis I træffer en ny afgørelse.

Døgnprisen er 2.450 kr.

De første fire uger har J.H. brug for en ekstra medarbejder om aftenen, mens han falder til. I den periode er døgnprisen 3.180 kr. Vi gør status sammen med dig ved udgangen af uge 4, og derefter gælder den almindelige døgnpris, medmindre vi aftaler andet skriftligt.

J.H. betaler selv for mad (ca. 1.900 kr. om måneden), tøj og fritid efter kommunens afgørelse om egenbetaling.

Vi foreslår et opfølgningsmøde efter seks uger og igen efter fire måneder, hvor vi gennemgår målene i handleplanen. En uge før hvert møde sender vi dig en kort skriftlig status.

Selve kontrakten følger i næste uge.

Venlig hilsen
Søren Dal, afdelingsleder
Dueslaget, Kragevej 3, 8900 Randers`,
    topics: ['rate', 'term', 'special-rate', 'own-payment', 'follow-up'],
  },
  {
    id: 'enghaven-bofaellesskab',
    offer: 'adult',
    text: `Kære samarbejdspartner i kommunen

Velkommen til Enghaven! Vi glæder os til at lære Anders at kende.

Enghaven er et lille bofællesskab med seks lejligheder efter almenboliglovens § 105, hvor beboerne får socialpædagogisk støtte efter servicelovens § 85 fra vores faste team. Her er de praktiske ting, vi plejer at aftale med kommunen:

Hvad koster det?
Støtten koster 41.200 kr. om måneden for Anders' bevilgede 14 timer om ugen.

Hvad betaler Anders selv?
Anders lejer lejligheden direkte af boligforeningen og betaler selv husleje (6.480 kr. om måneden før boligstøtte), forbrug og sin egen mad. Vi hjælper gerne med ansøgningen, så boligstøtten bliver reguleret rigtigt.

Hvis Anders er væk
Er Anders på ferie eller indlagt, holder vi hans timer i op til tre uger uden ændring i prisen. Varer fraværet længere, taler vi med jer om at sætte støtten i bero, så I ikke betaler for timer, der ikke bliver leveret.

Hvordan følger vi op?
Hver tredje måned sender vi jer en status på Anders' mål, og en gang om året holder vi et møde med Anders, hans kontaktperson og jer.

Hvis samarbejdet skal slutte
Både I og vi kan sige aftalen om støtten op med to måneders varsel. Lejemålet er Anders' eget og følger lejelovens regler.

Har I spørgsmål, så ring endelig.

Mange hilsner
Birgit og Omar, Enghaven`,
    topics: ['rate', 'own-payment', 'absence', 'follow-up', 'termination'],
  },
  {
    id: 'fuglekongen-bocenter',
    offer: 'adult',
    text: `KONTRAKT
om køb af plads i Fuglekongen Bocenter (servicelovens § 108)

mellem
Fonden Fuglekongen, Kongstedvej 40, 6200 Aabenraa (herefter "Leverandøren")
og
den anvisende kommune som handle- og betalingskommune (herefter "Kommunen")

§ 1 Baggrund og formål
Stk. 1. Leverandøren driver et længerevarende botilbud for voksne med erhvervet hjerneskade. Kommunen køber med denne kontrakt én plads til den borger, der er nævnt i bilag A, på grundlag af Kommunens afgørelse.
Stk. 2. Kontrakten kan ikke gå forud for Kommunens afgørelse eller for gældende lovgivning.

§ 2 Kontraktens ikrafttræden og løbetid
Stk. 1. Kontrakten træder i kraft den dag, borgeren flytter ind, dog tidligst den 15. april 2027.
Stk. 2. Kontrakten er tidsubestemt og løber, indtil den bringes til ophør efter § 9.

§ 3 Vederlag
Stk. 1. Kommunen betaler et vederlag på 2.890 kr. pr. døgn.
Stk. 2. Vederlaget er opgjort på grundlag af Leverandørens takstberegning for 2027 (bilag B), der omfatter lønudgifter til en normering svarende til 1,2 årsværk pr. plads, heraf sygeplejefaglig dækning i dagtimerne, samt udgifter til aktiviteter i huset, administration, vedligeholdelse og afskrivninger.
Stk. 3. Vederlaget fremskrives den 1. januar hvert år med den pris- og lønfremskrivning for det kommunale serviceområde, som følger af den seneste økonomiaftale. Anden regulering forudsætter skriftlig aftale mellem parterne.

§ 4 Afregning
Stk. 1. Leverandøren udsteder faktura månedsvis bagud. Fakturaen skal angive antal døgn, vederlag pr. døgn og periode.
Stk. 2. Betaling skal ske senest 30 dage efter modtagelsen af en korrekt faktura. Ved for sen betaling kan Leverandøren kræve renter efter renteloven.

§ 5 Godkendelse og tilsyn
Stk. 1. Leverandøren er godkendt af Socialtilsyn Syd og er forpligtet til at opretholde godkendelsen i hele kontraktperioden.
Stk. 2. Tilsynsrapporter stilles på Kommunens anmodning til rådighed inden for 10 hverdage.

§ 6 Personale
Stk. 1. Leverandøren indhenter straffeattest for alle fastansatte og vikarer, inden de begynder at arbejde, og fornyer den hvert tredje år.

§ 7 Forsikring og erstatning
Stk. 1. Leverandøren har tegnet lovpligtig arbejdsskadeforsikring samt erhvervs- og produktansvarsforsikring med en dækning på mindst 10 mio. kr. pr. skade.
Stk. 2. Leverandøren er ansvarlig for skader forvoldt af sit personale efter dansk rets almindelige erstatningsregler. Leverandøren hæfter ikke for skader, som borgeren forvolder på tredjemand; borgeren opfordres til at have egen indboforsikring med ansvarsdækning.
Stk. 3. Ændringer i borgerens behov skal af Kommunen meddeles Leverandøren uden ugrundet ophold.

§ 8 Behandling af personoplysninger
Stk. 1. Leverandøren er selvstændig dataansvarlig for de oplysninger, der behandles som led i driften af botilbuddet, og overholder databeskyttelsesforordningen. I det omfang Leverandøren behandler oplysninger på Kommunens vegne, indgås en særskilt databehandleraftale.

§ 9 Ophør
Stk. 1. Hver af parterne kan opsige kontrakten skriftligt med et varsel på 3 måneder til udgangen af en kalendermåned.
Stk. 2. Ved væsentlig misligholdelse kan den anden part ophæve kontrakten uden varsel.
Stk. 3. Borgerens fraflytning ændrer ikke varslets længde.

§ 10 Tvister
Stk. 1. Uenighed søges løst ved forhandling. Kan parterne ikke blive enige, afgøres tvisten ved de almindelige domstole efter dansk ret.

§ 11 Underskrift
For Leverandøren: ____________      For Kommunen: ____________`,
    topics: [
      'rate',
      'rate-basis',
      'price-regulation',
      'settlement',
      'supervision',
      'criminal-record',
      'insurance',
      'liability',
      'data-protection',
      'termination',
      'term',
    ],
  },
  {
    id: 'hjortevangen-85',
    offer: 'adult',
    text: `Hjortevangen Støtte – aftalevilkår (servicelovens § 85)
- Ydelse: socialpædagogisk støtte i eget hjem, 6 t./uge
- Pris: 612 kr. pr. leveret time
- Fakturering: hver den 1. for måneden før, timeregistrering vedlagt
- Betaling: netto 20 dage
- Opsigelse: 1 måned fra begge sider, skriftligt
- Ændringer i borgerens trivsel, udeblivelser i mere end en uge og episoder med vold meldes til sagsbehandler samme dag
- Medicin: opfølgning hos borgerens egen læge, ikke en del af støtten
- Start: efter aftale med borgeren`,
    topics: ['rate', 'settlement', 'termination', 'duty-to-report'],
  },
  {
    id: 'ilsebakken-akutbolig',
    offer: 'adult',
    text: `Ilsebakken Akutbolig – vilkår for midlertidigt ophold (servicelovens § 107)

Ilsebakken modtager voksne i akut psykisk krise, som i en periode ikke kan bo i eget hjem. Opholdet begynder den dag, kommunen visiterer borgeren, og varer som udgangspunkt højst tre måneder ad gangen.

Betaling for pladsen
Et døgn hos os koster 3.050 kr. Når en beboer i de første dage har brug for en medarbejder tæt på hele tiden, kan vi efter aftale med kommunen bruge en forhøjet døgnsats på 5.400 kr. Den gælder højst 14 dage og bortfalder af sig selv, medmindre kommunen skriftligt forlænger den efter en ny vurdering.

Når beboeren ikke er her
Ved indlæggelse på psykiatrisk afdeling betales 50 % af døgnsatsen fra 4. dag. Pladsen holdes i op til 21 dage.

Beboerens bidrag
Kommunen fastsætter og opkræver beboerens betaling for ophold og kost. Vores udgift til tre måltider om dagen svarer til omkring 95 kr. pr. døgn.

Skader og forsikring
Ilsebakken har en erhvervsforsikring, der dækker skader på bygning og inventar. Skader, som en beboer forvolder med vilje, kan vi kræve erstattet af beboeren, men ikke af kommunen. Beboerens egne ejendele er ikke dækket af vores forsikring.

Kvalitet
Vi arbejder efter vores egen kvalitetshåndbog og de nationale kliniske retningslinjer for behandling af depression og angst.`,
    topics: ['term', 'rate', 'special-rate', 'absence', 'own-payment', 'insurance', 'liability'],
  },
];

export const NINTH_TUNING_CONTRACTS = [
  ...NINTH_TUNING_FIRST,
  ...NINTH_TUNING_SECOND,
  ...NINTH_TUNING_THIRD,
  ...NINTH_TUNING_FOURTH,
  ...NINTH_TUNING_FIFTH,
  ...NINTH_TUNING_SIXTH,
];
