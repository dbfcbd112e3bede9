// More of the sixty provider-written contracts held out from the tuning (see `heldOutSixth.ts`).
import type { ProviderContract } from './types';

export const HELD_OUT_SIXTH_SECOND: ProviderContract[] = [
  {
    id: 'agernet-aflastning',
    offer: 'children',
    text: `Kære forældre og kære rådgiver

Vi er så glade for, at Emma skal komme i aflastning hos os i Agernet. Her er de praktiske ting samlet, så alle ved, hvad der er aftalt.

Emma kommer første gang fredag den 8. januar og herefter hver anden weekend fra fredag eftermiddag til søndag aften.

Kommunen betaler 4.650 kr. pr. døgn. Prisen rummer, at Emma har en voksen næsten for sig selv om dagen, da vi har tre pædagoger på fire børn, og at der er en vågen voksen om natten. Vi fører også selv tilsyn med børnene, når de sover, med babyalarm på værelserne.

Må en weekend aflyses på grund af sygdom, betales den, hvis vi får besked senere end onsdag. Aflyser vi selv, betaler I ikke.

Alle voksne hos os er tjekket med børneattest, før de begynder, også afløsere og praktikanter.

En gang om året mødes vi med jer og rådgiveren og ser på, hvordan Emma trives, og om målene for aflastningen bliver nået. Vi sender en kort skriftlig beskrivelse en uge før.

Kærlig hilsen
Birgit og Tom, Agernet`,
    topics: ['term', 'rate', 'rate-basis', 'absence', 'criminal-record', 'follow-up'],
  },
  {
    id: 'birkedalen-opholdssted',
    offer: 'children',
    text: `Anbringelseskontrakt – Opholdsstedet Birkedalen

1. Grundlag
Anbringelsen sker efter Barnets Lov og kommunens afgørelse samt barnets plan.

2. Periode
Anbringelsen begynder den 15. august 2027. Kontrakten gælder, indtil den opsiges efter pkt. 8.

3. Takst
Døgntaksten er 3.640 kr. Taksten omfatter ophold, kost, tøj, lommepenge og fritidsaktiviteter i nærområdet samt en samlet normering på 1,4 medarbejder pr. barn.

4. Prisudvikling
Taksten reguleres pr. 1. januar med KL's pris- og lønskøn for det kommende år.

5. Fravær
Ved ferie med forældre, hospitalsindlæggelse og rømning betales fuld takst i indtil 30 dage.

6. Betaling
Opholdsstedet fakturerer månedsvis forud. Betaling senest den 10. i måneden.

7. Underretning
Opholdsstedet underretter straks kommunen, hvis barnet rømmer, udsættes for eller udøver vold, eller der sker andre alvorlige hændelser. Magtanvendelse indberettes efter de gældende regler.

8. Opsigelse
Kommunen kan opsige kontrakten med 1 måneds varsel, opholdsstedet med 3 måneders varsel.

9. Socialtilsyn
Birkedalen er godkendt som opholdssted af Socialtilsyn Syd til 6 pladser for børn og unge 10-17 år. Kommunen orienteres om tilsynsbesøg med påbud.

10. Personale
Børneattest indhentes for alle ansatte, inden de starter.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'duty-to-report',
      'termination',
      'supervision',
      'criminal-record',
    ],
  },
  {
    id: 'dragen-boerne-og-ungehjem',
    offer: 'children',
    text: `DRAGEN børne- og ungehjem – vilkår i korte træk
- Målgruppe: unge 12-17 år med svære adfærdsvanskeligheder, 5 pladser
- Beliggenhed: landejendom 8 km fra nærmeste by, egen intern skole
- Grundtakst: 108.500 kr. pr. måned
- 1:1-støtte ud over grundtaksten: 435 kr. pr. time, faktureres særskilt
- Ekstra nattevagt ved udadreagerende adfærd: efter aftale i op til 6 uger, 2.100 kr. pr. nat; revurderes på møde inden periodens udløb
- Opsigelse: 2 måneder til den 1. i en måned for begge parter
- Forsikring: erhvervsansvars- og ulykkesforsikring for alle anbragte unge
- Skader på hjemmets inventar, som den unge forvolder, betales af hjemmet; skader hos tredjemand afgøres efter dansk rets almindelige regler`,
    topics: ['rate', 'add-on-services', 'special-rate', 'termination', 'insurance', 'liability'],
  },
  {
    id: 'fjeldsted-ungehjem',
    offer: 'children',
    text: `Fra: Fjeldsted Ungehjem <kontor@fjeldsted-ungehjem.dk>
Til: Familieafdelingen
Emne: Vedr. Ali, 15 år – bekræftelse af anbringelse

Hej Mette

Hermed bekræftet: Ali flytter ind hos os torsdag den 4. marts kl. 14, og pladsen er bevilget for et år.

Prisen er 2.980 kr. pr. døgn. Vi har ingen krav om særtakst på nuværende tidspunkt.

Vi sender et skriftligt statusnotat efter de første 3 måneder og derefter hvert halve år, og vi mødes med dig og Ali til opfølgning på hans mål i barnets plan.

Hvis der sker noget alvorligt – f.eks. at Ali udebliver om natten, kommer til skade eller bliver involveret i kriminalitet – giver vi dig eller døgnvagten besked samme dag.

Fakturaen kommer månedsvis med 30 dages betalingsfrist.

Mvh
Peter Fjeldsted, forstander`,
    topics: ['term', 'rate', 'follow-up', 'duty-to-report', 'settlement'],
  },
  {
    id: 'goegeurten-aflastning',
    offer: 'children',
    text: `GØGEURTEN – aflastning for børn med handicap – prisliste 2027

Døgnaflastning                  3.380 kr. pr. døgn
Dagaflastning (max 8 timer)       1.520 kr. pr. dag
Ferieaflastning (min. 5 døgn)     3.250 kr. pr. døgn

Tillæg: Har barnet brug for en ekstra voksen hele tiden, lægges 395 kr. pr. time oven i prisen efter aftale med rådgiveren.

Aflysning: Aflyste døgn betales med 50 %, hvis der meldes afbud mindre end 7 dage før.
Regulering: Priserne fremskrives 1. januar hvert år med kommunernes pris- og lønindeks.
Fakturering: Efter hvert ophold. 30 dages betaling.
Børneattest: Indhentet for alle ansatte og afløsere.`,
    topics: ['rate', 'add-on-services', 'absence', 'price-regulation', 'settlement', 'criminal-record'],
  },
  {
    id: 'hoejskraenten-opholdssted',
    offer: 'children',
    text: `OPHOLDSKONTRAKT
mellem
Opholdsstedet Højskrænten I/S, CVR 00000000 (herefter "Opholdsstedet")
og
den anbringende kommune (herefter "Kommunen")
vedrørende anbringelse af det i bilag A nævnte barn.

Artikel 1 – Kontraktens omfang
1.1 Opholdsstedet forpligter sig til at yde omsorg, pædagogisk behandling og struktur i hverdagen for barnet i overensstemmelse med Kommunens afgørelse og barnets plan.
1.2 Opholdsstedet fører tilsyn med barnets lektielæsning og sørger for, at barnet møder i skole.

Artikel 2 – Varighed
2.1 Kontrakten har virkning fra den 1. september 2027 og løber uden tidsbegrænsning.

Artikel 3 – Vederlag og beregningsgrundlag
3.1 Kommunen betaler et vederlag på 3.895 kr. pr. døgn.
3.2 Vederlaget er opgjort på grundlag af en personalenormering på 1,6 årsværk pr. anbragt barn, heri indregnet nattevagt, familiebehandler 3 timer ugentligt og supervision, samt udgifter til kost, beklædning, lommepenge og ferie.
3.3 Vederlaget reguleres én gang årligt pr. 1. januar med den procentsats for pris- og lønudviklingen, som udmeldes af KL.

Artikel 4 – Tidsbegrænset forhøjelse
4.1 I perioden fra anbringelsens begyndelse og tre måneder frem betales et forhøjet vederlag på 4.650 kr. pr. døgn til dækning af en ekstra voksen i dagtimerne.
4.2 Den forhøjede sats ophører automatisk ved periodens udløb, medmindre Parterne inden da skriftligt har aftalt en forlængelse på baggrund af en fælles vurdering af barnets behov.

Artikel 5 – Barnets fravær
5.1 Under samvær med forældre, hospitalsophold og ferie uden for Opholdsstedet betales fuldt vederlag.
5.2 Har barnet været væk fra Opholdsstedet i mere end 21 sammenhængende dage af andre grunde, nedsættes vederlaget til 50 %, indtil barnet vender tilbage, eller kontrakten bringes til ophør.

Artikel 6 – Fakturering og betaling
6.1 Opholdsstedet udsteder elektronisk faktura for en måned ad gangen forud.
6.2 Betalingsfristen er 30 dage. Ved forsinket betaling påløber renter efter renteloven.

Artikel 7 – Ansvar
7.1 Opholdsstedet bærer ansvaret for skader, som dets ansatte forvolder ved fejl eller forsømmelse.
7.2 Opholdsstedet hæfter ikke for skader, som barnet selv forvolder på tredjemands ejendom, medmindre Opholdsstedet har tilsidesat sine pligter.

Artikel 8 – Kvalitetsaftale
8.1 Parterne har indgået en særskilt kvalitetsaftale, som fastlægger mål for barnets skolegang, sundhed og relationer samt de indikatorer, Opholdsstedet dokumenterer.
8.2 Kvalitetsaftalen er en del af denne kontrakt og genforhandles hvert andet år.

Artikel 9 – Behandling af personoplysninger
9.1 Opholdsstedet behandler oplysninger om barnet og familien som selvstændig dataansvarlig og i overensstemmelse med databeskyttelsesforordningen.
9.2 Oplysninger udveksles alene med Kommunen via sikker mail.

Artikel 10 – Samvær og skole
10.1 Samvær med forældre og netværk gennemføres efter Kommunens samværsafgørelse.
10.2 Barnet går i den lokale folkeskole med støtte efter skolens vurdering.

Artikel 11 – Ophør
11.1 Kommunen kan opsige kontrakten med en måneds varsel til udgangen af en måned. Opholdsstedet kan opsige med tre måneders varsel.
11.2 Ved barnets hjemgivelse efter afgørelse ophører kontrakten uden yderligere varsel, idet der dog betales for 14 dage efter udflytning.

Artikel 12 – Lovvalg
12.1 Kontrakten er underlagt dansk ret.

Dato og underskrifter`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'special-rate',
      'absence',
      'settlement',
      'liability',
      'quality-agreement',
      'data-protection',
      'termination',
    ],
  },
  {
    id: 'isfuglen-boerne-og-ungehjem',
    offer: 'children',
    text: `Isfuglen – et hjem for børn og unge, der har brug for ro

Hos Isfuglen bor otte børn mellem 7 og 14 år i et stort gammelt landhus med have, høns og en sø lige bag hegnet.

Hvad koster en plads?
Kommunen betaler 98.400 kr. om måneden. For det får barnet sit eget værelse, faste voksne døgnet rundt, en familiebehandler, der arbejder med forældrene, og et tæt samarbejde med skolen. Det er regnet ud fra, at der altid er mindst tre voksne på arbejde om dagen.

Hvem arbejder her?
Inden en ny medarbejder møder ind første gang, har vi tjekket i Kriminalregistret, at der ikke er domme for overgreb mod børn – også for vikarer og frivillige.

Hvem holder øje med os?
Socialtilsynet har godkendt Isfuglen og kommer på besøg mindst en gang om året, ofte uden at melde det. Rapporterne ligger på Tilbudsportalen.

Hvordan ved I, at det går godt?
Hvert halve år skriver barnets kontaktperson en statusbeskrivelse ud fra målene i barnets plan, og vi holder et møde med rådgiveren og forældrene om den.

Hvad sker der med oplysningerne?
Vi gemmer kun det, vi har brug for, i et lukket journalsystem, og vi har indgået en databehandleraftale med leverandøren af systemet.

Er børnene forsikrede?
Ja – alle børn er dækket af vores kollektive ulykkesforsikring, mens de bor her.`,
    topics: ['rate', 'rate-basis', 'criminal-record', 'supervision', 'follow-up', 'data-protection', 'insurance'],
  },
  {
    id: 'kaernehuset-weekendaflastning',
    offer: 'children',
    text: `Kærnehuset weekendaflastning – aftaleseddel
Barn: Oliver, 9 år (autisme)
Forældrene afleverer fredag kl. 16 og henter søndag kl. 17
Start: første weekend i februar 2027, aftalen løber ét år og fornyes herefter stiltiende
Pris: 3.900 kr. pr. døgn, 2 døgn pr. weekend
Sygdom/aflysning: meldes afbud senest torsdag kl. 12, betales intet; senere afbud betales fuldt
Ophør: kan ophøre med 1 måneds skriftligt varsel fra både kommune og Kærnehuset
Vi følger op på søvn, mad og bleskift i kontaktbogen, som barnet har med hjem`,
    topics: ['term', 'rate', 'absence', 'termination'],
  },
  {
    id: 'ekkoet-akutplads',
    offer: 'children',
    text: `Fra: Døgnvagten, Ekkoet akutinstitution
Til: Rådgiver, Børn og Familie
Emne: Modtagelse af pige, 13 år, i aften

Hej

Vi kan tage imod hende fra i aften kl. 20 på vores akutplads. Pladsen er til et ophold på op til 4 uger, mens I finder et varigt sted.

Akuttaksten er 4.250 kr. pr. døgn.
Ud fra det, I fortæller om selvskade, sætter vi en voksen til at være hos hende hele natten de første 5 nætter. Det koster 1.950 kr. ekstra pr. nat. Vi aftaler på mødet på mandag, om det skal fortsætte; ellers stopper det efter 5. nat.

Vi ringer til dig eller jeres døgnvagt med det samme, hvis hun stikker af, skader sig selv eller andre, eller hvis der skal bruges magt. Større ændringer i hendes tilstand får du skriftligt næste hverdag.

Regning kommer, når opholdet er slut, eller hver måned hvis det varer længere. Betaling senest 14 dage efter.

Med venlig hilsen
Vagthavende pædagog, Ekkoet`,
    topics: ['term', 'rate', 'special-rate', 'duty-to-report', 'settlement'],
  },
  {
    id: 'abildgaarden-aflastning',
    offer: 'children',
    text: `Aftale om aflastning – Abildgården

1. Aftalen gælder fra 1. april 2027 til 31. marts 2028 og omfatter 6 døgn om måneden.
2. Prisen er 3.560 kr. pr. døgn.
3. Prisen dækker specialuddannet personale med 1 voksen pr. 2 børn om dagen og sovende nattevagt, kost, aktiviteter og kørsel til og fra skole.
4. Prisen følger KL's årlige pris- og lønfremskrivning og ændres hvert år den 1. januar.
5. Døgn, hvor barnet er sygt og bliver hjemme, betales ikke, hvis afbud gives dagen før kl. 12.
6. Forældrene betaler selv 150 kr. pr. tur, når barnet deltager i udflugter med overnatning uden for huset.
7. Abildgården har ansvarsforsikring og er ansvarlig for skader, som medarbejderne forvolder på barnet eller barnets hjælpemidler.
8. Begge parter kan afslutte aftalen med 1 måneds varsel.
9. Oplysninger om barnet opbevares fortroligt og slettes efter reglerne i databeskyttelsesloven, når aflastningen er slut.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'own-payment',
      'insurance',
      'liability',
      'termination',
      'data-protection',
    ],
  },
];
