// More of the forty provider-written contracts once held out, now tuned on (see `tuningNinth.ts`).
import type { ProviderContract } from './types';

export const NINTH_TUNING_FIFTH: ProviderContract[] = [
  {
    id: 'nordstjernen-opholdssted',
    offer: 'children',
    text: `Nordstjernen – prisoversigt og betingelser pr. 1. januar 2026
Børne- og ungehjem (opholdssted) for 10–18-årige med tilknytningsforstyrrelser og traumer. Vi arbejder ud fra traumebevidst pædagogik med fokus på emotionel regulering.

Døgnpris, almindelig plads ............................ 2.890 kr.
Døgnpris, plads med intern skole ................... 3.610 kr.
Heri indgår: kost, logi, normering på 1,4 årsværk pr. barn, vågen nattevagt, terapi hos egen psykolog en time om ugen, fritidsaktiviteter og befordring i hverdagen.

Ekstra pr. time, 1:1-støtte ud over normeringen ......... 445 kr.
Ekstra nattevagt ved særlige behov ................... 3.100 kr. pr. nat
Begge dele kræver kommunens skriftlige godkendelse på forhånd og faktureres særskilt.

Opstartstakst: de første 4 uger efter indskrivning betales 3.310 kr. pr. døgn (almindelig plads), fordi barnet har brug for tæt skærmning i starten. Efter 4 uger gælder almindelig døgnpris, medmindre kommunen og Nordstjernen aftaler andet ved opfølgning på behovet.

Betingelser
– Priserne justeres årligt pr. 1. januar med den PL-sats, der fremgår af seneste økonomiaftale.
– Der faktureres månedsvis forud; betaling senest 30 dage efter fakturadato.
– Ved barnets indlæggelse, rømning eller ferie hos familien betales døgnprisen uændret i op til 30 dage. Derefter betales 75 %.

Nordstjernen ApS · Havnevej 61 · 9990 Skagen`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'special-rate', 'price-regulation', 'settlement', 'absence'],
  },
  {
    id: 'oksbjerg-familiepleje',
    offer: 'children',
    text: `Fra: Karen Obel, familiekonsulent, Oksbjerg Familiepleje
Til: Rådgiver Jonas Lykke, Familieafdelingen, Kalundborg Kommune
Emne: SV: Anbringelse af drengen i forstærket plejefamilie

Hej Jonas

Tak for din bestilling. Her en bekræftelse på det, vi aftalte i telefonen i dag:

Drengen flytter ind hos plejefamilien i Gørlev den 1. april 2026. Kontrakten gælder fra den dag og frem, indtil anbringelsen ophører.

Samlet pris: 46.800 kr. om måneden. Beløbet dækker plejefamiliens vederlag og omkostninger og vores faglige konsulentbistand og supervision til familien.

Både kommunen og vi kan sige aftalen op med en måneds varsel. Varslet vedrører kun betalingen; selve anbringelsen og en eventuel flytning planlægger vi sammen med dig.

Vi sender en skriftlig status til dig hver fjerde måned, og vi deltager i dine opfølgningsmøder med drengen og plejefamilien.

Oplysninger om drengen behandler vi som databehandler på vegne af kommunen. Vi sender vores standard-databehandleraftale med kontrakten.

Vi har ingen særlige forsikringsforhold at nævne.

Venlig hilsen
Karen Obel
Oksbjerg Familiepleje ApS, Ringstedvej 9, 4281 Gørlev`,
    topics: ['term', 'rate', 'rate-basis', 'termination', 'follow-up', 'data-protection'],
  },
  {
    id: 'pindsvinet-aflastning',
    offer: 'children',
    text: `PINDSVINET – aflastning efter barnets lov § 32, stk. 1, nr. 4 – aftalepunkter

* Barn: 11 år, multihandicap, kørestol
* Omfang: 8 døgn pr. måned efter fast plan
* Start: 4. maj 2026; aftalen gælder for ét år ad gangen
* Pris: 3.460 kr. pr. døgn
* Aflyst ophold: betales fuldt ved afbud senere end 5 hverdage før; sygdom hos barnet medfører ikke betaling
* Regning: samlet for måneden, sendes den 5. i efterfølgende måned; betalingsfrist løbende måned + 15 dage
* Forsikring: Pindsvinet er dækket af erhvervsansvarsforsikring; barnets hjælpemidler er forsikret af kommunen
* Skader: Pindsvinet er ikke ansvarlig for skader på hjælpemidler, der skyldes almindelig slitage; i øvrigt gælder dansk rets almindelige erstatningsregler
* Tilsyn: døgnbemandet, vågen nattevagt, barnet har altid en voksen inden for rækkevidde
* Forældre: kontakt via fast kontaktpædagog

Pindsvinet, Pilevej 12, 5700 Svendborg`,
    topics: ['term', 'rate', 'absence', 'settlement', 'insurance', 'liability'],
  },
  {
    id: 'raevegraven-akutplads',
    offer: 'children',
    text: `KONTRAKT VEDRØRENDE AKUT ANBRINGELSE PÅ RÆVEGRAVEN
mellem
Rævegraven, selvejende børne- og ungehjem, Rævegravsvej 5, 3400 Hillerød, CVR 33 90 12 48 (herefter "Leverandøren")
og
Halsnæs Kommune, Børn og Familie, Rådhuspladsen 1, 3300 Frederiksværk (herefter "Kommunen")

Præambel
Kommunen har truffet afgørelse om akut anbringelse af barnet uden for hjemmet efter barnets lov. Nærværende kontrakt regulerer alene det økonomiske og praktiske forhold mellem parterne; barnets retsstilling følger af lovgivningen og Kommunens afgørelser, som går forud for kontrakten.

Artikel 1 – Leverandørens godkendelse
1.1 Leverandøren er godkendt af Socialtilsyn Hovedstaden efter socialtilsynsloven som børne- og ungehjem med 4 akutpladser for børn fra 7 til 14 år.
1.2 Leverandøren skal uden ophold meddele Kommunen, hvis godkendelsen ændres, eller hvis socialtilsynet træffer afgørelse om skærpet tilsyn eller påbud.

Artikel 2 – Kontraktens løbetid
2.1 Kontrakten har virkning fra det tidspunkt, barnet modtages på Leverandøren, jf. Kommunens skriftlige bestilling.
2.2 Akutopholdet er tidsbegrænset til 3 måneder, medmindre Kommunen skriftligt forlænger det med en ny periode.

Artikel 3 – Betaling for pladsen
3.1 Kommunen erlægger 4.250 kr. pr. døgn.
3.2 Beløbet er beregnet ud fra en normering på to voksne pr. barn i vågne timer, vågen nattevagt, udredning ved psykolog, skolegang i Leverandørens modtageklasse samt kost og logi.
3.3 I de første 14 døgn, hvor barnet observeres og skærmes, betales i stedet 5.100 kr. pr. døgn. Herefter overgår betalingen automatisk til satsen i pkt. 3.1.

Artikel 4 – Afregning
4.1 Leverandøren fremsender elektronisk faktura hver 14. dag bagud med angivelse af barnets initialer, periode og anvendt sats.
4.2 Betalingsbetingelser: netto 30 dage. Er en faktura mangelfuld, løber fristen først fra modtagelsen af en korrekt faktura.

Artikel 5 – Forsikring
5.1 Leverandøren skal i kontraktens løbetid have tegnet og opretholde en erhvervsansvarsforsikring med en dækning på mindst 10 mio. kr. pr. skade samt lovpligtig arbejdsskadeforsikring og skal på anmodning forevise police.

Artikel 6 – Ansvar
6.1 Leverandøren bærer erstatningsansvaret for skader, der påføres barnet eller tredjemand som følge af fejl eller forsømmelser hos Leverandørens personale.
6.2 Kommunen hæfter ikke for skader, som barnet forvolder på Leverandørens bygninger og inventar, ud over hvad der følger af dansk rets almindelige regler.

Artikel 7 – Behandling af personoplysninger
7.1 Leverandøren behandler personoplysninger om barnet og familien som databehandler for Kommunen. Parterne indgår en databehandleraftale, der er bilag 1 til kontrakten.
7.2 Brud på persondatasikkerheden meddeles Kommunen senest 24 timer efter, at Leverandøren er blevet bekendt med det.

Artikel 8 – Meddelelser til Kommunen
8.1 Leverandøren underretter Kommunen efter barnets lov § 133 ved bekymring for barnets eller andre børns trivsel.
8.2 Leverandøren giver Kommunen besked samme dag ved rømning, skade, indlæggelse, magtanvendelse og politiets indblanding.

Artikel 9 – Ophør
9.1 Akutopholdet ophører ved udløbet af perioden i artikel 2.2, når barnet flytter til et andet anbringelsessted, eller når grundlaget for anbringelsen bortfalder.
9.2 Kommunen kan opsige kontrakten med 7 dages varsel. Leverandøren kan opsige kontrakten med 30 dages varsel, dog tidligst når Kommunen har anvist andet anbringelsessted.
9.3 Hver part kan hæve kontrakten ved den anden parts væsentlige misligholdelse.

Artikel 10 – Øvrigt
10.1 Barnets helbred følges af egen læge, som varetager den lægelige opfølgning.
10.2 Kontrakten er underlagt dansk ret. Værneting er Retten i Hillerød.

Hillerød, den ____ / ____ 2026
For Leverandøren ______________________    For Kommunen ______________________`,
    topics: [
      'supervision',
      'term',
      'rate',
      'rate-basis',
      'special-rate',
      'settlement',
      'insurance',
      'liability',
      'data-protection',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'soeblink-ungehjem',
    offer: 'children',
    text: `Søblink – et hjem for unge, der har brug for et nyt sted at lande

Søblink ligger ud til Furesøen og har plads til seks unge mellem 13 og 18 år. Vi er et børne- og ungehjem godkendt af Socialtilsyn Øst, som kommer på besøg et par gange om året – også uden at melde sig.

Til huset hører vores lille interne skole med to lærere. Skolen er godkendt af Furesø Kommune ved en kvalitetsaftale efter loven om behandlings- og specialundervisningstilbud, der blandt andet fastlægger målgruppe, antal pladser og undervisningens indhold.

De unge får ansvar for deres eget værelse, tøjvask og en ugentlig madlavningsdag. Skoledagen starter kl. 8.30, og fravær fra undervisningen registreres hver morgen, så vi kan tage fat i det med det samme.

Prisen er 3.275 kr. pr. døgn.

Vi holder et fast opfølgningsmøde med den unges rådgiver hver tredje måned og sender en skriftlig udtalelse om udviklingen i forhold til målene i barnets plan en uge før.

Ring til forstander Ulla Strøm på 44 90 17 22, hvis I vil høre mere.`,
    topics: ['supervision', 'quality-agreement', 'rate', 'follow-up'],
  },
  {
    id: 'marehalm-behandlingsskole',
    offer: 'day-treatment',
    text: `Samarbejdsaftale om elevplads
Marehalm Behandlingsskole – behandlings- og specialundervisningstilbud efter lov nr. 1532 af 12. december 2023
Marehalm ApS, Klitvejen 30, 6950 Ringkøbing, CVR 42 55 10 86

1. Parter
Marehalm ApS (skolen) og Herning Kommune, Børn og Unge (kommunen), som har truffet afgørelse om dagbehandling efter barnets lov § 32, stk. 1, nr. 5, og om specialundervisning efter folkeskolelovens § 3, stk. 2, efter PPR's vurdering.

2. Grundlag for skolens drift
2.1 Skolen optager elever på grundlag af en kvalitetsaftale med Ringkøbing-Skjern Kommune som beliggenhedskommune, indgået den 14. maj 2024. Aftalen omfatter 32 pladser til elever i 1.–10. klasse med ADHD, angst og skolevægring.
2.2 Kvalitetsaftalen vedlægges som bilag og er en del af denne aftale.

3. Aftalens begyndelse
3.1 Eleven begynder den 10. august 2026, ved skoleårets start.
3.2 Aftalen gælder, indtil den opsiges efter pkt. 10, dog længst til udgangen af det skoleår, hvor eleven forlader 10. klasse.

4. Pris
4.1 Prisen er 1.895 kr. pr. skoledag (200 skoledage om året).
4.2 Prisen er udregnet ud fra en normering på én lærer og én pædagog pr. fire elever, familiebehandling med én samtale hver anden uge, skolemåltid, undervisningsmaterialer og kørsel i skoletiden. Transport mellem hjem og skole er ikke med.
4.3 Prisen reguleres pr. 1. januar med den pris- og lønudvikling, som regeringen og KL har fastsat i seneste økonomiaftale.

5. Fravær
5.1 Sygdom og andet fravær ændrer ikke betalingen. Ved fravær i mere end 20 sammenhængende skoledage drøfter parterne, om betalingen skal nedsættes.
5.2 Der betales ikke for skolens ferie- og fridage.

6. Fakturering
6.1 Skolen fakturerer månedsvis bagud for de afholdte skoledage i måneden. Betaling sker senest 30 dage efter modtagelse af fakturaen.

7. Elevens udvikling
7.1 Skolen udarbejder en statusrapport i november og maj om elevens faglige, sociale og behandlingsmæssige udvikling i forhold til målene i kommunens plan.
7.2 Statusrapporten drøftes på et opfølgningsmøde med eleven, forældrene, PPR og rådgiveren.
7.3 Skoledagen starter kl. 8.15 og slutter kl. 14.00. Elevens daglige fravær registreres i Aula, og forældrene underrettes samme formiddag.

8. Personoplysninger
8.1 Skolen er dataansvarlig for de oplysninger, den selv indsamler i undervisning og behandling, og behandler dem efter databeskyttelsesforordningen. Oplysninger videregives til kommunen, når det er nødvendigt for opfølgningen på indsatsen.

9. Kommunens orientering
9.1 Skolens ansatte underretter den kommune, der har ansvaret for barnet, efter barnets lov § 133 ved bekymring for elevens trivsel eller udvikling.
9.2 Skolen orienterer rådgiveren inden for en uge, hvis elevens behov ændrer sig, så tilbuddet ikke længere passer, eller hvis eleven ikke møder i mere end 10 skoledage.

10. Opsigelse
10.1 Aftalen kan opsiges af hver af parterne med 3 måneders varsel til udgangen af en måned. Skolen kan ikke opsige aftalen i skoleårets sidste tre måneder.

Ringkøbing, den 19. juni 2026
Marehalm ApS v/ skoleleder Niels Mose             Herning Kommune`,
    topics: [
      'quality-agreement',
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'follow-up',
      'data-protection',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'naeldebo-dagbehandling',
    offer: 'day-treatment',
    text: `Emne: Kvittering – plads i Nældebo fra 1. september

Kære Sofie

Tusind tak for din henvendelse om pigen. Vi har en ledig plads i vores mellemtrin og kan bekræfte, at hun kan begynde hos os tirsdag den 1. september 2026.

Prisen for en plads i Nældebo er 36.400 kr. om måneden.

Har pigen brug for kørsel hjemmefra, kan vi stå for det med vores egen bus. Det ligger uden for pladsprisen og koster 2.150 kr. om måneden, som vi sender en særskilt regning på, hvis I ønsker det.

Vi inviterer til et statusmøde med forældrene og dig efter de første tre måneder og derefter to gange om året, og vi sender en skriftlig udtalelse om målene en uge før hvert møde.

Forældrene får en dagbog med hjem hver dag, og de underrettes i Aula om dagens aktiviteter. Vi har ikke oplevet problemer med fravær hos de elever, vi har nu.

Mvh.
Henrik Nørskov
Afdelingsleder, Nældebo Dagbehandling, Nældevej 4, 5500 Middelfart`,
    topics: ['term', 'rate', 'add-on-services', 'follow-up'],
  },
  {
    id: 'oksehovedet-stu',
    offer: 'day-treatment',
    text: `OKSEHOVEDET STU – PRISER OG VILKÅR, SKOLEÅRET 2026/27
Særligt tilrettelagt ungdomsuddannelse for unge med udviklingshæmning eller autisme (3 år, 840 undervisningstimer pr. år)

Pris pr. elev pr. år, basisforløb ......................... 248.000 kr.
  – svarer til 20.667 kr. pr. måned, faktureret i 12 rater
  – indeholder: undervisning i hold på højst 6, praktik med støtte, to ugentlige timer med personlig vejleder, materialer og udflugter i skoletiden
Tilkøb:
  Ekstra støtteperson i undervisningen ................. 395 kr. pr. time
  Specialkørsel, hvis kommunen ikke selv bestiller ... efter regning fra vognmanden + 8 % administration
  Sommerferieaktiviteter, 3 uger ....................... 14.500 kr.

Vilkår
1. Priserne er faste for skoleåret og justeres fra 1. august med den seneste PL-sats fra økonomiaftalen.
2. Rater faktureres forud den 1. i hver måned, EAN-nummer skal oplyses ved tilmelding. Tilkøb faktureres bagud med specifikation af timer.
3. Eleven betaler selv frokost, egne busbilletter i fritiden og studietur til udlandet i 3. år (ca. 4.200 kr.).
4. Vi arbejder med at øge elevernes kvalitet i hverdagen og tryghed i egen bolig.

Oksehovedet STU, Fyrvej 2, 5800 Nyborg · stu@oksehovedet.dk`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'price-regulation', 'settlement', 'own-payment'],
  },
];
