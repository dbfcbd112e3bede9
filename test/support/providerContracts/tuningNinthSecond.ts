// More of the forty provider-written contracts once held out, now tuned on (see `tuningNinth.ts`).
import type { ProviderContract } from './types';

export const NINTH_TUNING_SECOND: ProviderContract[] = [
  {
    id: 'alfeskoven-aflastning',
    offer: 'children',
    text: `Kære rådgiver

Tak fordi I har peget på Alfeskoven som aflastning for Nora. Vi er et lille aflastningshjem i skovkanten ved Give med plads til fire børn ad gangen, og vi skriver her kort, hvordan vi plejer at gøre tingene.

Prisen
Et døgn hos os koster 2.980 kr. En typisk weekend fra fredag eftermiddag til søndag aften regnes som to døgn.

Hvis et ophold bliver aflyst
Aflyser familien en planlagt weekend mindre end 48 timer før, betaler kommunen weekenden som aftalt, fordi vi har bemandet huset. Aflyser vi selv, eller er Nora syg og bliver hjemme med mere end 48 timers varsel, betaler I ingenting for de dage.

Hvad familien selv skal betale
Forældrene betaler ikke for opholdet. Nora skal blot have tøj, medicin og eventuelt lidt lommepenge (højst 50 kr.) med til udflugter.

Regninger
Vi sender regningen samlet for hvert kvartal med datoerne for Noras ophold, og vi er glade, hvis den bliver betalt inden for en måned.

Vores voksne
Alle voksne, der arbejder i huset – også vikarer og praktikanter – er tjekket i Det Centrale Kriminalregister for domme for overgreb mod børn, før de møder ind første gang, og vi tjekker igen hvert andet år.

Hvordan går det?
To gange om året holder vi et møde med forældrene og dig, hvor vi ser på, om aflastningen hjælper familien, og om målene for Nora skal justeres.

Venlige hilsner
Ida og Thomas, Alfeskoven`,
    topics: ['rate', 'absence', 'own-payment', 'settlement', 'criminal-record', 'follow-up'],
  },
  {
    id: 'birkesoeen-boerne-og-ungehjem',
    offer: 'children',
    text: `AFTALE OM ANBRINGELSE PÅ BØRNE- OG UNGEHJEMMET BIRKESØEN
(barnets lov § 43)

1. Parter
1.1 Birkesøen Børne- og Ungehjem I/S, Søvej 7, 8600 Silkeborg (hjemmet).
1.2 Den anbringende kommune, som er handle- og betalingskommune (kommunen).

2. Anbringelsens start og aftalens løbetid
2.1 Den unge, M. (født 2012), anbringes fra den 3. maj 2027 på grundlag af kommunens afgørelse efter barnets lov § 46.
2.2 Aftalen gælder, så længe anbringelsen består, og udløber senest på den unges 18-års fødselsdag, medmindre kommunen træffer afgørelse om ungestøtte.

3. Døgntakst
3.1 Kommunen betaler 4.650 kr. pr. døgn.
3.2 Taksten er fastsat ud fra en normering på 1,6 fuldtidsstilling pr. plads, vågen nattevagt, psykologbistand op til 2 timer om måneden, kost, fritidsaktiviteter og kørsel til skole. Bilag 2 viser fordelingen på løn, drift og bygning.
3.3 Taksten reguleres én gang om året pr. 1. januar med PL-satsen i den senest indgåede økonomiaftale mellem regeringen og KL.

4. Særlig indsats i opstarten
4.1 I de første 10 uger betaler kommunen en særtakst på 6.100 kr. pr. døgn, som dækker en ekstra voksen i dagtimerne og i weekender.
4.2 Behovet gennemgås på et møde i uge 8. Forlænger kommunen ikke særtaksten skriftligt, gælder taksten i punkt 3.1 fra uge 11.

5. Betaling
5.1 Der faktureres den 1. i hver måned for den løbende måned. Betaling senest 30 dage efter fakturadato.

6. Opsigelse
6.1 Aftalen kan opsiges af hver part med 30 dages varsel. Varslet gælder alene betalingen; selve anbringelsens ophør følger kommunens afgørelse, og hjemmet medvirker til en plan for den unges overgang.

7. Godkendelse
7.1 Hjemmet er godkendt af Socialtilsyn Midt til 8 pladser for børn og unge fra 10 til 17 år med tilknytningsforstyrrelser og erfaring med omsorgssvigt. Hjemmet sender kommunen kopi af tilsynsrapporterne.

8. Orientering og hændelser
8.1 Hjemmet orienterer straks rådgiveren ved rømning, indlæggelse, politisager, magtanvendelse og alvorlige konflikter med forældrene. Personalets pligt til at underrette efter barnets lov § 133 gælder uændret.

9. Opfølgning
9.1 Hjemmet udarbejder en statusudtalelse hver fjerde måned med udgangspunkt i målene i barnets plan og deltager i opfølgningsmøder med rådgiver, den unge og forældrene.

10. Oplysninger om barnet
10.1 Oplysninger om den unge og familien behandles fortroligt og efter databeskyttelsesreglerne. Dokumentationen opbevares i et adgangsbegrænset journalsystem og slettes efter gældende regler, når anbringelsen er afsluttet.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'special-rate',
      'settlement',
      'termination',
      'supervision',
      'duty-to-report',
      'follow-up',
      'data-protection',
    ],
  },
  {
    id: 'delfinen-boerne-og-ungehjem',
    offer: 'children',
    text: `DELFINEN – børne- og ungehjem ved Kalundborg Fjord
Prisoversigt 2027 (gælder fra 1. januar 2027)

Grundtakst, døgnophold 12-17 år ............ 3.980 kr./døgn
Grundtakst, søskendeplads .................. 3.620 kr./døgn

Kan tilkøbes efter aftale med rådgiveren:
Samtaler med familieterapeut ............... 1.150 kr./time
Overvåget samvær uden for hjemmet .......... 520 kr./time + kørsel efter statens takst
Undervisning i hjemmets interne skole ...... 1.240 kr./skoledag

Prisregulering
Priserne fremskrives hvert år pr. 1. januar med den PL-sats, der indgår i aftalen om kommunernes økonomi. Ny prisoversigt sendes ud i december.

Fravær
Ved hospitalsindlæggelse, rømning og ferie hos forældrene betales fuld grundtakst i op til 30 døgn. Tilkøbte ydelser afregnes kun, når de er leveret.

Afregning
Grundtaksten faktureres månedsvis forud. Tilkøb faktureres månedsvis bagud med dato og timeantal. Betalingsfrist 30 dage.

Har barnet helt særlige behov, så kontakt forstander Lene Hviid, før der visiteres.`,
    topics: ['rate', 'add-on-services', 'price-regulation', 'absence', 'settlement'],
  },
  {
    id: 'egernreden-weekendaflastning',
    offer: 'children',
    text: `EGERNREDEN · weekendaflastning for børn med autisme (barnets lov § 32)
Aftalepunkter:
• Aflastning hver 3. weekend, fredag kl. 15 til søndag kl. 17
• Periode: 1. august 2027 – 31. juli 2028
• Pris pr. weekend: 6.900 kr. (2 døgn)
• Aftalen kan bringes til ophør af begge parter med 2 måneders skriftligt varsel
• Alle medarbejdere har afleveret børneattest, før de bliver ansat
• Børnene er dækket af vores ulykkes- og ansvarsforsikring, mens de er hos os
• Sygdom: bliver barnet sygt i løbet af weekenden, ringer vi til forældrene og aftaler afhentning
• Forældrene får en kort skriftlig hilsen med hjem efter hver weekend`,
    topics: ['term', 'rate', 'termination', 'criminal-record', 'insurance'],
  },
  {
    id: 'frostmosen-ungehjem',
    offer: 'children',
    text: `Fra: Kasper Lind, Frostmosen Ungehjem
Til: Familieafdelingen, rådgiver Hanne Berg
Emne: SV: Akut anbringelse af T. – bekræftelse

Hej Hanne

Som aftalt i telefonen i aftes bekræfter jeg hermed, at T. (15 år) er modtaget hos os på Frostmosen i nat kl. 01.30 på jeres afgørelse efter § 47.

Pladsen er en akutplads i op til 8 uger fra i dag. Hvis I ønsker, at T. bliver længere, aftaler vi det inden udløbet.

Døgnprisen på akutpladsen er 5.250 kr. De første 14 dage har T. brug for en fast voksen døgnet rundt. Det koster 2.900 kr. ekstra pr. døgn, og vi tager stilling til, om det skal fortsætte, på mødet den 22.

Du hører fra os samme dag, hvis T. stikker af, kommer til skade, eller hvis politiet bliver involveret. Vi giver også besked, hvis forældrene dukker op uanmeldt.

Opsigelse og de øvrige vilkår har vi ikke nået at tale om endnu – det tager vi med i kontrakten.

Venlig hilsen
Kasper Lind
Afdelingsleder, Frostmosen Ungehjem`,
    topics: ['term', 'rate', 'special-rate', 'duty-to-report'],
  },
  {
    id: 'gulspurven-boerne-og-ungehjem',
    offer: 'children',
    text: `Kontrakt vedrørende anbringelse af et barn på Gulspurven, privat børne- og ungehjem

Mellem Gulspurven ApS, Gyvelbakken 2, 7400 Herning (i det følgende benævnt "Hjemmet"), og den kommune, der har truffet afgørelse om anbringelsen (i det følgende benævnt "Kommunen"), er der dags dato indgået følgende kontrakt:

Artikel 1 – Kontraktens grundlag
1.1 Kontrakten indgås på grundlag af Kommunens afgørelse om anbringelse uden for hjemmet efter barnets lov og den handleplan, Kommunen har udarbejdet. Ved uoverensstemmelse mellem kontrakten og Kommunens afgørelse har afgørelsen forrang.
1.2 Hjemmet har en gyldig godkendelse fra Socialtilsyn Nord som børne- og ungehjem med 6 pladser for børn fra 6 til 14 år. Hjemmet stiller på forlangende tilsynets seneste rapport til rådighed for Kommunen.

Artikel 2 – Ikrafttrædelse og varighed
2.1 Kontrakten har virkning fra den dato, hvor barnet modtages på Hjemmet, som forventes at være den 1. september 2027.
2.2 Kontrakten er indgået for et år og forlænges stiltiende med et år ad gangen, medmindre den forinden er bragt til ophør i overensstemmelse med artikel 7.

Artikel 3 – Vederlagets størrelse og sammensætning
3.1 For anbringelsen betaler Kommunen et vederlag på 4.320 kr. pr. døgn.
3.2 Vederlaget er sammensat af en personaledel svarende til en normering på 1:1,5 i dag- og aftentimer samt rådighedsvagt om natten, en driftsdel til kost, husholdning, fritid og kørsel, og en kapitaldel til ejendommens drift. Sammensætningen fremgår af takstberegningen, jf. bilag 1.
3.3 Vederlaget tillægges hvert år pr. 1. januar den procentvise pris- og lønudvikling, som er forudsat i den senest indgåede aftale om kommunernes økonomi. Hjemmet underretter Kommunen skriftligt om det regulerede vederlag senest den 15. december.

Artikel 4 – Vederlag under barnets fravær
4.1 Er barnet indlagt på hospital, opholder sig hos forældrene i ferier, eller er barnet bortgået, betales fuldt vederlag i op til 14 sammenhængende døgn. Herefter betales 75 % af vederlaget, så længe pladsen holdes, dog højst i 60 døgn.

Artikel 5 – Fakturering og betaling
5.1 Hjemmet fremsender faktura elektronisk hver måned bagud. Fakturaen skal angive barnets initialer, fødselsår, periode, antal døgn og vederlag pr. døgn.
5.2 Betalingsfristen er løbende måned plus 15 dage.

Artikel 6 – Ansvar og forsikring
6.1 Hjemmet er erstatningsansvarligt efter dansk rets almindelige regler for skader, der påføres barnet eller tredjemand som følge af fejl eller forsømmelser begået af Hjemmets ansatte.
6.2 Hjemmet har tegnet de lovpligtige forsikringer samt en erhvervsansvarsforsikring og en kollektiv ulykkesforsikring, der dækker de anbragte børn under opholdet.

Artikel 7 – Opsigelse og ophævelse
7.1 Kontrakten kan af hver af parterne opsiges med en måneds varsel til den første i en måned. Varslet vedrører alene betalingen; anbringelsens ophør følger af Kommunens afgørelse.
7.2 Hver af parterne kan ophæve kontrakten ved den anden parts væsentlige misligholdelse.

Artikel 8 – Personale
8.1 Hjemmet indhenter børneattest for alle ansatte, vikarer, praktikanter og frivillige, før de får kontakt med børnene, og sikrer, at attesterne er uden anmærkninger.

Artikel 9 – Journalføring
9.1 Hjemmet fører dagligt journal over barnets trivsel, skolegang og samvær.

Artikel 10 – Lovvalg
10.1 Kontrakten er underlagt dansk ret.

Herning, den ____________            Kommunen, den ____________`,
    topics: [
      'supervision',
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'liability',
      'insurance',
      'termination',
      'criminal-record',
    ],
  },
  {
    id: 'hjertestuen-aflastning',
    offer: 'children',
    text: `Hej alle sammen – og velkommen i Hjertestuen!

Hjertestuen er aflastning for børn og unge med fysiske og psykiske handicap. Vi har otte værelser, en sansehave og en stor køkkenalrum, hvor alle spiser sammen. Her er de aftaler, vi gerne vil have på plads med kommunen og med jer som familie:

Pris
Et aflastningsdøgn koster kommunen 3.350 kr. Dagaflastning uden overnatning koster 1.480 kr.

Afbud
Melder I afbud senest kl. 9 dagen før, bliver døgnet ikke faktureret til kommunen. Ved senere afbud betaler kommunen halvdelen af prisen for døgnet.

Hvad I selv står for
Aflastningen koster ikke familien noget. Bleer, særlig ernæring og medicin tager I med hjemmefra, så vi altid har det rigtige.

Vi følger med
Vi mødes med jer og jeres rådgiver to gange om året og ser på, om aflastningen fungerer, og om målene for barnet stadig passer.

Hvis vi bliver bekymrede
Vi giver rådgiveren besked, hvis vi ser, at barnets behov ændrer sig. Og hvis vi bliver bekymrede for, om et barn har det godt derhjemme, har vi pligt til at sende en underretning til kommunen – det fortæller vi jer altid ærligt om.

Det, vi ved om jeres barn
Det, vi ved om jeres barn, bliver hos os. Vi gemmer kun de oplysninger, vi har brug for, i et lukket system, vi deler dem kun med kommunen, og vi sletter dem, når opbevaringstiden er udløbet. Over for kommunen er vi databehandler, og der er indgået en databehandleraftale.

Vi glæder os til at se jer!
Karina, Jens og hele holdet i Hjertestuen`,
    topics: ['rate', 'absence', 'own-payment', 'follow-up', 'duty-to-report', 'data-protection'],
  },
];
