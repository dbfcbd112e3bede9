// Six provider-written contracts written as the held-out set and measured once as such (recall 92.7 %, precision
// 78.5 %); once their errors had been looked at they could no longer show how the recognition generalises, so the
// recognition is now tuned on them too.
import type { ProviderContract } from './types';

export const FOURTH_TUNING_CONTRACTS: ProviderContract[] = [
  {
    // Formal numbered contract, adult long-term residential place (§ 108).
    id: 'bostedet-lindely',
    offer: 'adult',
    text: `KONTRAKT OM KØB AF BOTILBUDSPLADS EFTER SERVICELOVENS § 108

1. Parter
1.1 Leverandør: Bostedet Lindely ApS, Lindelyvej 14, Grønnebjerg.
1.2 Køber: Handlekommune og betalingskommune som anført på kontraktens forside.

2. Ydelsen
2.1 Leverandøren stiller en længerevarende botilbudsplads til rådighed for beboeren efter servicelovens § 108 med tilhørende socialpædagogisk støtte, omsorg og praktisk hjælp i det omfang, der følger af kommunens afgørelse og den vedlagte ydelsesbeskrivelse.
2.2 Støtten tilrettelægges ud fra handlekommunens handleplan efter servicelovens § 141.

3. Ikrafttræden og varighed
3.1 Kontrakten træder i kraft på indflytningsdagen den 1. februar 2026 og løber uden tidsbegrænsning, indtil den opsiges efter pkt. 12.

4. Takst
4.1 Taksten udgør 2.450 kr. pr. døgn (2026-niveau).

5. Takstgrundlag
5.1 Taksten er beregnet ud fra en normering på 0,9 årsværk pr. beboer fordelt på dag- og aftenvagt samt sovende nattevagt.
5.2 Taksten omfatter socialpædagogisk støtte i gennemsnitligt 14 timer om ugen, ledsagelse til læge og tandlæge inden for kommunegrænsen, fællesarealer, faglig ledelse, supervision af personalet og administration.

6. Tillægsydelser
6.1 Behov ud over det, der er beskrevet i pkt. 5, fx fast 1:1-ledsagelse eller vågen nattevagt, aftales skriftligt med handlekommunen inden levering og afregnes særskilt med 395 kr. pr. time.
6.2 Tillægsydelser, der ikke er aftalt skriftligt på forhånd, kan ikke faktureres.

7. Regulering af taksten
7.1 Taksten reguleres én gang årligt pr. 1. januar med den pris- og lønudvikling, der følger af den seneste økonomiaftale mellem regeringen og KL.
7.2 Leverandøren meddeler den regulerede takst skriftligt senest den 1. december året før.

8. Fravær
8.1 Under beboerens indlæggelse på sygehus, ferie eller andet midlertidigt fravær betales fuld takst i de første 30 dage.
8.2 Herefter betales 80 % af taksten, så længe pladsen holdes ledig til beboeren.

9. Beboerens egenbetaling
9.1 Beboerens betaling for ophold, kost, el og varme fastsættes af betalingskommunen efter servicelovens § 163. Leverandøren oplyser sine faktiske udgifter til kost og forbrug, p.t. 2.980 kr. pr. måned.
9.2 Leverandøren opkræver ikke beløb hos beboeren for ydelser, der allerede indgår i taksten.

10. Afregning
10.1 Leverandøren fakturerer månedsvis forud som elektronisk faktura til betalingskommunens EAN-nummer.
10.2 Fakturaen angiver beboerens initialer, perioden, antal døgn, takst og eventuelle tillægsydelser hver for sig.
10.3 Betaling sker senest 30 dage efter modtagelsen af fakturaen.

11. Socialtilsyn og orientering af kommunen
11.1 Bostedet er godkendt af Socialtilsyn Øst til 12 pladser efter servicelovens § 108. Leverandøren sender handlekommunen den seneste tilsynsrapport ved kontraktens indgåelse og nye rapporter, når de foreligger.
11.2 Leverandøren orienterer straks handlekommunen om magtanvendelse, alvorlige hændelser, indlæggelse, dødsfald og væsentlige ændringer i beboerens funktionsniveau.

12. Opsigelse
12.1 Begge parter kan opsige kontrakten skriftligt med 3 måneders varsel til udgangen af en måned.
12.2 Ved væsentlig misligholdelse kan den anden part hæve kontrakten.

13. Øvrigt
13.1 Spørgsmål om tilbuddets daglige drift og kvalitet rettes til forstander Birgit Haahr.
13.2 Beboerens eventuelle dagtilbud er ikke omfattet af denne kontrakt.`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'price-regulation',
      'absence',
      'own-payment',
      'settlement',
      'supervision',
      'duty-to-report',
      'termination',
      'term',
    ],
  },
  {
    // Friendly brochure-like letter, adult socio-pedagogical support in the citizen's own home (§ 85).
    id: 'kompasset-bostoette',
    offer: 'adult',
    text: `Kære sagsbehandler

Tak for jeres henvendelse om socialpædagogisk støtte efter servicelovens § 85 til en af jeres borgere. Her får I et kort overblik over, hvem vi er, hvordan vi arbejder, og hvad det koster.

Hvem er vi?
Kompasset Bostøtte er et lille team på ni erfarne bostøttemedarbejdere – pædagoger, socialrådgivere og en ergoterapeut. Vi kommer hjemme hos borgeren og hjælper med at få hverdagen til at hænge sammen: struktur på ugen, indkøb og madlavning, post og breve, kontakt til læge og jobcenter og overblik over husleje og regninger. Vi tager også gerne med, når borgeren skal ringe til banken eller sit forsikringsselskab.

Hvad koster det?
Vores timepris er 585 kr. i timen for støtte på hverdage mellem kl. 7 og 18.
Timeprisen dækker den tid, vi er sammen med borgeren – ansigt til ansigt, i telefon eller på video – og derudover vores kørsel op til 25 km, dokumentation, faglig sparring og ledelse. Vi skriver kun den tid på, som vi faktisk har leveret.

Har borgeren brug for støtte om aftenen eller i weekenden, lægger vi et tillæg på 95 kr. pr. time oven i timeprisen. Det aftaler vi altid med jer, inden vi går i gang. Et akut besøg uden for vores åbningstid koster 1.200 kr. pr. gang.

Når et besøg bliver aflyst
Aflyser borgeren senere end kl. 12 dagen før, betaler I for den planlagte tid, dog højst for 2 timer. Hvis det er os, der aflyser, betaler I selvfølgelig ikke noget. Er borgeren indlagt, holder vi pause og sender ingen regning for den periode.

Kvalitet
Vi leverer støtten efter jeres kommunes kvalitetsstandard for socialpædagogisk støtte, og ved opstarten aftaler vi gerne konkrete kvalitetskrav til netop denne borger.

Mål og opfølgning
Sammen med borgeren sætter vi 2-3 konkrete mål ud fra jeres bestilling. Hver tredje måned sender vi jer en kort statusrapport om, hvordan det går med målene, og to gange om året holder vi et opfølgningsmøde med borgeren og sagsbehandleren.

Hvis noget ændrer sig
Ser vi, at borgerens behov vokser eller bliver mindre, eller sker der noget alvorligt, giver vi sagsbehandleren besked hurtigst muligt og altid inden for to hverdage.

Trygge medarbejdere
Alle vores medarbejdere har fremvist en ren straffeattest ved ansættelsen, og vi indhenter en ny hvert tredje år.

Hvis samarbejdet skal slutte
Både I og vi kan stoppe aftalen med en måneds varsel.

Vi glæder os til at høre fra jer.

Mange venlige hilsner
Lone Bech, daglig leder
Kompasset Bostøtte`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'absence',
      'quality-agreement',
      'follow-up',
      'duty-to-report',
      'criminal-record',
      'termination',
    ],
  },
  {
    // Long legalistic text, a child's placement at a børne- og ungehjem under barnets lov.
    id: 'egebakken-boerne-og-ungehjem',
    offer: 'children',
    text: `AFTALE OM ANBRINGELSE PÅ EGEBAKKEN BØRNE- OG UNGEHJEM

indgået mellem Egebakken Børne- og Ungehjem I/S (herefter "Leverandøren") og den anbringende kommune (herefter "Kommunen"), idet Kommunen er såvel handlekommune som betalingskommune, medmindre andet udtrykkeligt er anført i aftalens bilag 1.

§ 1. Aftalens genstand
Stk. 1. Aftalen omfatter Leverandørens døgnophold til det i bilag 1 nævnte barn (herefter "barnet" eller "den unge") i forbindelse med anbringelse uden for hjemmet efter barnets lov § 43, jf. § 46 eller § 47.
Stk. 2. Leverandøren forpligter sig til at levere omsorg, pædagogisk støtte og behandling i overensstemmelse med Kommunens afgørelse og barnets plan. Aftalen kan ikke gå videre end eller stride imod Kommunens afgørelse eller gældende lovgivning.
Stk. 3. Den anbringende kommunes personrettede tilsyn med barnet sker efter reglerne i barnets lov og reguleres ikke af denne aftale.

§ 2. Ikrafttræden og løbetid
Stk. 1. Aftalen træder i kraft på den dag, hvor barnet indskrives på Egebakken, og gælder, så længe anbringelsen består, dog med forbehold for bestemmelserne i § 9.
Stk. 2. Ophører det retlige grundlag for anbringelsen, herunder ved tilbagekaldelse af samtykke, uden at der træffes afgørelse efter barnets lov § 47, ophører aftalen på udskrivningsdagen.

§ 3. Grundtakst
Stk. 1. For ydelserne efter § 1 betaler Kommunen en grundtakst på 3.280 kr. pr. døgn (2026-niveau).
Stk. 2. Grundtaksten er beregnet på grundlag af en normering på 1,4 årsværk pr. indskrevet barn, døgnbemanding med vågen nattevagt, psykologbistand svarende til 2 timer pr. barn pr. måned samt husleje og drift af hjemmet.
Stk. 3. Grundtaksten omfatter endvidere barnets kost, lommepenge, beklædning, fritidsaktiviteter, transport til og fra skole samt afholdelse af samvær med forældre og netværk på hjemmet.

§ 4. Særtakst i en tidsbegrænset periode
Stk. 1. I perioden fra indskrivningen og tre måneder frem betaler Kommunen ud over grundtaksten en særtakst på 1.150 kr. pr. døgn til en ekstra voksen i dagtimerne (1:1-støtte i 6 timer dagligt), idet barnets behov ved indskrivningen forudsætter en tættere voksenkontakt.
Stk. 2. Særtaksten bortfalder uden videre ved periodens udløb. Særtaksten kan alene forlænges ved skriftlig aftale indgået efter en fælles vurdering af barnets behov, som foretages senest 14 dage før periodens udløb, og hver forlængelse kan højst gælde for tre måneder ad gangen.

§ 5. Regulering
Stk. 1. Grundtaksten og en eventuel særtakst reguleres en gang årligt pr. 1. januar med den pris- og lønudvikling (PL-sats), der er fastsat i den senest indgåede økonomiaftale mellem regeringen og KL.
Stk. 2. Anden regulering kan alene ske efter forudgående forhandling og skriftlig aftale mellem parterne.

§ 6. Betaling under fravær
Stk. 1. Under barnets midlertidige fravær fra hjemmet, herunder ved indlæggelse på sygehus, ferie hos forældrene eller udeblivelse, betales fuld takst i op til 30 sammenhængende døgn.
Stk. 2. Varer fraværet ud over 30 sammenhængende døgn, betales 75 % af grundtaksten fra det 31. døgn, så længe pladsen efter aftale med Kommunen holdes ledig til barnet. Særtakst betales ikke under fravær.

§ 7. Fakturering og betaling
Stk. 1. Leverandøren fakturerer månedsvis forud. Fakturaen udstedes den første hverdag i måneden og sendes elektronisk til Kommunens EAN-nummer.
Stk. 2. Fakturaen skal angive barnets initialer og fødselsår, perioden, grundtakst og særtakst hver for sig samt eventuelle fradrag for fravær efter § 6.
Stk. 3. Betalingsfristen er 30 dage fra fakturaens modtagelse. Ved for sen betaling betales renter efter renteloven.

§ 8. Forsikring og erstatning
Stk. 1. Leverandøren har tegnet og opretholder under hele aftalens løbetid en erhvervsansvarsforsikring og en lovpligtig arbejdsskadeforsikring samt en kollektiv ulykkesforsikring, der dækker de anbragte børn under opholdet og på ture arrangeret af hjemmet.
Stk. 2. Leverandøren er erstatningsansvarlig efter dansk rets almindelige regler for skader, som Leverandørens ansatte forvolder under udførelsen af opgaven.
Stk. 3. Skader, som barnet forvolder på Leverandørens ejendom eller på tredjemand, behandles efter de regler, der gælder for kommunens erstatning for skader forvoldt af anbragte børn og unge. Leverandøren hæfter ikke for sådanne skader, medmindre skaden skyldes manglende omsorg fra personalets side.

§ 9. Opsigelse
Stk. 1. Hver af parterne kan opsige aftalen skriftligt med et varsel på 30 dage.
Stk. 2. Opsigelsesvarslet regulerer alene betalingen. Barnets fraflytning sker efter Kommunens afgørelse og en plan for overgangen, som parterne udarbejder i fællesskab.
Stk. 3. Ved væsentlig misligholdelse kan den anden part hæve aftalen med øjeblikkelig virkning.

§ 10. Behandling af personoplysninger
Stk. 1. Leverandøren behandler personoplysninger om barnet og dets familie som selvstændig dataansvarlig i overensstemmelse med databeskyttelsesforordningen og databeskyttelsesloven.
Stk. 2. Oplysningerne opbevares i et adgangsbegrænset elektronisk journalsystem, videregives alene, når lovgivningen giver adgang hertil, og slettes efter udløbet af de gældende opbevaringsfrister.

§ 11. Tvister
Stk. 1. Uoverensstemmelser søges løst ved forhandling mellem parterne. Kan enighed ikke opnås, afgøres tvisten ved retten i Leverandørens retskreds efter dansk ret.`,
    topics: [
      'rate',
      'rate-basis',
      'special-rate',
      'price-regulation',
      'absence',
      'settlement',
      'insurance',
      'liability',
      'termination',
      'term',
      'data-protection',
    ],
  },
  {
    // Terse bullet list, respite stays for children.
    id: 'solsikken-aflastning',
    offer: 'children',
    text: `Solsikken – aflastning for børn og unge
Vilkår for kommuner, der køber aflastning efter barnets lov

• Målgruppe: børn og unge 6-17 år med autisme eller udviklingshæmning
• Ophold: weekender fre. kl. 15 – søn. kl. 16 samt enkeltdøgn efter aftale
• Pris 2026: 3.100 kr. pr. døgn
• Inkluderet i prisen: kost, aktiviteter, 1 voksen pr. 2 børn, vågen nattevagt
• Ekstra: 1:1-voksen 240 kr. i timen – kun efter skriftlig aftale med kommunen
• Ekstra: kørsel mellem hjem og Solsikken 4,10 kr. pr. km
• Aflysning mindre end 7 dage før: 50 % af prisen
• Aflysning mindre end 48 timer før, også ved sygdom: fuld pris
• Faktura: månedsvis bagud til EAN, betaling netto 30 dage
• Opsigelse: 1 måned til udgangen af en måned, begge parter
• Godkendt af Socialtilsyn Midt, seneste tilsynsbesøg marts 2025, rapporten ligger på Tilbudsportalen
• Børneattest indhentes på alle ansatte og vikarer før første vagt
• Forsikring: børnene er dækket af vores ulykkesforsikring under opholdet
• Medicin: forældrene medbringer doseret medicin til hele opholdet
• Akut sygdom eller uheld: forældrene ringes op med det samme
• Kontakt: Mette Skov, leder, tlf. 20 00 00 00`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'absence',
      'settlement',
      'termination',
      'supervision',
      'criminal-record',
      'insurance',
    ],
  },
  {
    // Price sheet with terms, a behandlings- og specialundervisningstilbud (day treatment with special school).
    id: 'aadalsskolen-dagbehandling',
    offer: 'day-treatment',
    text: `ÅDALSSKOLEN – behandlings- og specialundervisningstilbud
PRISBLAD FOR SKOLEÅRET 2026/27

Pakke A – Undervisning og basisbehandling: 38.900 kr. pr. måned
Skoledag kl. 8.15-14.30, klasser med højst 6 elever og 2 voksne, samtaleforløb med skolens psykolog hver 14. dag og fast skole-hjem-samarbejde.

Pakke B – Intensiv: 52.400 kr. pr. måned
Alt i pakke A og derudover en ekstra voksen i klassen, ugentlig familiesamtale og forlænget skoledag til kl. 15.30.

Tilkøb (faktureres særskilt og kun efter aftale med kommunen)
- Individuel 1:1-støtte: 465 kr. i timen
- Kørsel med skolens bus: 310 kr. pr. skoledag
- Ekstra psykologsamtaler ud over pakken: 950 kr. pr. samtale

Indslusningstillæg
I de første 8 uger efter elevens start betales et tillæg på 9.500 kr. pr. måned til ekstra bemanding. Tillægget ophører automatisk efter 8 uger, medmindre kommunen skriftligt godkender en forlængelse.

BETINGELSER
1. Prisregulering: Priserne reguleres hvert år pr. 1. januar med PL-satsen fra den seneste økonomiaftale mellem regeringen og KL.
2. Fakturering: Der faktureres kvartalsvis forud. Betalingsfrist netto 30 dage. Opfølgning på betalinger: ved for sen betaling sendes rykker med et gebyr på 100 kr.
3. Fravær og ferie: Månedsprisen er en årspris fordelt på 12 måneder. Der betales derfor fuld pris ved elevens sygdom og andet fravær og i skolens ferier.
4. Udmeldelse: Skriftligt med 3 måneders varsel til udgangen af en måned.
5. Kvalitetsaftale: Ådalsskolen har indgået kvalitetsaftale med Ådal Kommune som beliggenhedskommune efter lov om behandlings- og specialundervisningstilbud til børn og unge. Aftalen sendes gerne på forespørgsel.
6. Skader: Skolen er ansvarlig efter dansk rets almindelige regler for skader, som personalet forvolder. Skolen er ikke ansvarlig for skader, som eleverne forvolder på hinandens ejendele eller på skolens inventar.
7. Forsikringsforhold: oplyses på forespørgsel.`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'special-rate',
      'price-regulation',
      'settlement',
      'absence',
      'termination',
      'quality-agreement',
      'liability',
    ],
  },
  {
    // E-mail-like confirmation, an activity and social offer for an adult (§ 104).
    id: 'vaerkstedet-havnegade',
    offer: 'day-treatment',
    text: `Emne: Bekræftelse – plads på Værkstedet Havnegade fra 2. marts
Fra: Jonas Brix, Værkstedet Havnegade
Til: Mette Lund, Center for Voksne

Hej Mette

Tak for et godt møde i tirsdags med dig og K. Jeg bekræfter hermed det, vi aftalte om hans plads i vores aktivitets- og samværstilbud efter servicelovens § 104:

- K. starter mandag den 2. marts 2026 og kommer tirsdag, onsdag og torsdag kl. 9-14. Vi aftalte en første periode til og med 31. august 2026, og inden da tager vi stilling til, om den skal forlænges.
- Prisen følger den aftale, som jeres forhandler har indgået med os for 2026.
- K. betaler selv 40 kr. om dagen for frokost og kaffe. Det opkræver vi direkte hos ham én gang om måneden.
- Fakturaen kommer som sædvanlig fra vores bogholderi.
- Ved fravær skal K. bare ringe til værkstedet inden kl. 9, så vi ved det.
- Efter seks uger holder vi et opstartsmøde med K., dig og hans kontaktperson fra bostøtten, hvor vi ser på de mål, I har sat for forløbet. Derefter sender jeg dig en kort skriftlig status på målene hvert halve år.
- Sker der noget med K. hos os, eller kan vi se, at han har brug for noget andet, skriver jeg til dig med det samme.
- Vi behandler K.'s oplysninger efter GDPR. Jeg har vedhæftet vores databehandleraftale – send den gerne retur i underskrevet stand.
- Hvis det ikke fungerer for K., tager vi en snak om det.

Kørslen ordner han selv med bussen, som vi talte om.

Sig endelig til, hvis jeg har misforstået noget.

Venlig hilsen
Jonas Brix
Værkstedsleder, Værkstedet Havnegade`,
    topics: ['term', 'own-payment', 'follow-up', 'duty-to-report', 'data-protection'],
  },
];
