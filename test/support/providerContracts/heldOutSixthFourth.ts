// More of the sixty provider-written contracts held out from the tuning (see `heldOutSixth.ts`).
import type { ProviderContract } from './types';

export const HELD_OUT_SIXTH_FOURTH: ProviderContract[] = [
  {
    id: 'lyngbakken-108',
    offer: 'adult',
    text: `KONTRAKT OM LÆNGEVARENDE BOTILBUD
Lyngbakken Botilbud ApS, CVR 38 11 42 90, Lyngbakkevej 4, 8600 Silkeborg (herefter "leverandøren")
og den anbringende kommune (herefter "kommunen")

§ 1. Aftalens genstand
1.1 Leverandøren stiller en plads til rådighed efter servicelovens § 108 for den borger, der er nævnt i bilag 1.
1.2 Indsatsen er beskrevet i den individuelle plan, som udarbejdes senest 6 uger efter indflytning.

§ 2. Ikrafttræden
2.1 Aftalen træder i kraft ved borgerens indflytning og løber, indtil den opsiges efter § 9.

§ 3. Pris
3.1 Døgntaksten udgør 3.185 kr. for 2025.
3.2 Taksten dækker bolig med fællesarealer, døgndækning med vågen nattevagt, pædagogisk støtte svarende til en normering på 0,9 årsværk pr. beboer, ledelse og administration samt bygningsdrift.
3.3 Taksten ændres hvert år den 1. januar med den pris- og lønfremskrivning, som KL udmelder for det kommunale område.

§ 4. Ekstra støtte
4.1 Har borgeren i en periode brug for mere end den støtte, der ligger i taksten, kan kommunen bevilge ekstra timer til 495 kr. pr. time. Timerne opgøres og opkræves for sig.

§ 5. Borgerens egne udgifter
5.1 Borgeren lejer sin bolig og betaler husleje, el og varme direkte til leverandøren efter lejekontrakten, p.t. 5.870 kr. om måneden.
5.2 Kost kan tilkøbes for 2.250 kr. om måneden.

§ 6. Fravær
6.1 Under hospitalsindlæggelse, ferie og andet fravær betales fuld takst i op til 30 sammenhængende dage. Derefter betales 70 %, indtil pladsen enten genoptages eller aftalen ophører.

§ 7. Betaling
7.1 Leverandøren sender faktura månedsvis forud. Betalingsfristen er 30 dage fra fakturadato.
7.2 Fakturaen angiver borgerens initialer, perioden, antal døgn og takst.

§ 8. Oplysningspligt
8.1 Leverandøren orienterer straks kommunen om magtanvendelser, alvorlige hændelser, væsentlige ændringer i borgerens tilstand og om ændringer i tilbuddets godkendelse.

§ 9. Opsigelse
9.1 Begge parter kan opsige aftalen skriftligt med 30 dages varsel til udgangen af en måned.
9.2 Ved borgerens død ophører aftalen ved månedens udgang.

§ 10. Opfølgning
10.1 Der holdes opfølgningsmøde mindst én gang årligt, og leverandøren sender en skriftlig status på målene i handleplanen 14 dage før mødet.

§ 11. Tvister
11.1 Uenighed søges løst ved forhandling mellem parterne. Aftalen er underlagt dansk ret.

Silkeborg, den ______            ______________________
For Lyngbakken Botilbud ApS      For kommunen`,
    topics: [
      'rate',
      'rate-basis',
      'price-regulation',
      'add-on-services',
      'own-payment',
      'absence',
      'settlement',
      'duty-to-report',
      'termination',
      'term',
      'follow-up',
    ],
  },
  {
    id: 'maagestien-bostoette',
    offer: 'adult',
    text: `Måge-stien – bostøtte efter § 85 – vilkår i korte træk

• Pris: 585 kr. pr. time ansigt-til-ansigt
• Kørsel og forberedelse er indregnet i timeprisen – ingen kørselstillæg
• Timer opgøres efter faktisk forbrug og sendes på regning hver måned bagud; betaling netto 14 dage
• Aflyser borgeren med mindre end 24 timers varsel, betales besøget fuldt ud
• Aftalen kan afsluttes af begge parter med 14 dages varsel
• Medarbejderne har tavshedspligt, og vi behandler borgerens oplysninger som databehandler for kommunen efter den databehandleraftale, kommunen sender os
• Vi har ikke noget kvalitetsmateriale at sende med – spørg gerne, hvis I vil se vores værdigrundlag

Kontakt: Lone Dam, daglig leder, tlf. 22 41 09 87`,
    topics: ['rate', 'rate-basis', 'settlement', 'absence', 'termination', 'data-protection'],
  },
  {
    id: 'naboskabet-107',
    offer: 'adult',
    text: `Emne: Bekræftelse af plads – Naboskabet, midlertidigt ophold

Kære Mette

Tak for en god samtale i går. Hermed en bekræftelse af det, vi aftalte om Jens' ophold hos os efter § 107.

Jens flytter ind mandag den 3. februar 2025, og opholdet er foreløbig aftalt til seks måneder, hvorefter vi sammen vurderer, om det skal forlænges.

Prisen er 2.640 kr. pr. døgn. I de første otte uger, hvor Jens skal falde til og har brug for en fast voksen ved sin side om aftenen, lægger vi 1.150 kr. pr. døgn oveni. Tillægget falder bort efter de otte uger, medmindre vi på mødet i uge 13 aftaler andet.

Jens betaler selv 1.900 kr. om måneden for mad og vask.

Vi sender en status til dig hver måned, og vi mødes alle tre – dig, Jens og hans kontaktperson – efter tre måneder for at se på, hvordan det går med målene.

Vi skal lige huske at tale om forsikring af hans egne møbler, når han flytter ind.

Venlig hilsen
Maja Nørgaard
Afdelingsleder, Naboskabet`,
    topics: ['term', 'rate', 'special-rate', 'own-payment', 'follow-up'],
  },
  {
    id: 'oliventraeet-108',
    offer: 'adult',
    text: `PRISBLAD 2025 – Oliventræet, bosted for voksne med autisme (§ 108)

Grundpakke ............................................. 2.915 kr./døgn
  (omfatter egen lejlighed med fællesareal, personale hele døgnet med sovende nattevagt, én fast kontaktperson, aktiviteter i huset)
Udvidet pakke ........................................... 3.540 kr./døgn
  (som grundpakke plus vågen nattevagt og 8 ekstra ugentlige timer med personale alene med borgeren)
Enkeltstående ekstra timer ............................. 470 kr./time, faktureres separat
Ledsagelse til ferie ..................................... efter aftale, faktureres separat

Betingelser
– Priserne gælder for kalenderåret 2025 og reguleres fremover pr. 1. januar.
– Husleje, forbrug og kost betaler beboeren selv over sin pension.
– Fravær: ved ferie betales fuld pris; ved indlæggelse over 14 dage betales 85 %.
– Fakturering sker den 1. i måneden for indeværende måned.
– Gensidigt opsigelsesvarsel: 2 måneder.
– Leverandøren har tegnet erhvervs- og ansvarsforsikring; beboerens indbo skal dækkes af egen indboforsikring.

Oliventræet · Skolegade 19 · 7100 Vejle`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'price-regulation',
      'own-payment',
      'absence',
      'settlement',
      'termination',
      'insurance',
    ],
  },
  {
    id: 'pilekvisten-85',
    offer: 'adult',
    text: `Kære kommune

Hvor er vi glade for, at I har valgt Pilekvisten til at støtte Sara i hendes egen lejlighed!

Hos os kommer den samme lille gruppe medarbejdere hver gang, så Sara ikke skal forholde sig til nye ansigter. Vi har aftalt 6 timer om ugen, og hver time koster 540 kr. Prisen er den samme, uanset om vi hjælper med post og økonomi, går med til lægen eller laver mad sammen.

Vores medarbejdere har alle vist os en ren straffeattest, før de startede, og vi tjekker den igen hvert tredje år.

Hvis der sker noget, I bør vide – hvis Sara bliver indlagt, mister sin bolig eller hvis vi bliver bekymrede for hende – ringer vi til hendes rådgiver samme dag.

Hvert kvartal sætter vi os ned med Sara og skriver en kort status på hendes mål, som vi sender til jer.

Tilsyn med Saras medicin står hjemmeplejen for, ikke os.

De bedste hilsner
Louise og resten af holdet i Pilekvisten`,
    topics: ['rate', 'rate-basis', 'criminal-record', 'duty-to-report', 'follow-up'],
  },
  {
    id: 'rosenhaven-botilbud',
    offer: 'adult',
    text: `Aftale om køb af plads i Rosenhaven, botilbud efter servicelovens § 107

Mellem Rosenhaven I/S og den visiterende kommune er der indgået følgende aftale, der sammen med bilagene udgør det samlede aftalegrundlag. Ved uoverensstemmelse går aftalens tekst forud for bilagene.

Aftalens varighed. Aftalen har virkning fra den dato, borgeren tager ophold i tilbuddet, og er tidsbegrænset til tolv måneder. Forlængelse kræver skriftlig tilføjelse underskrevet af begge parter.

Vederlag. Kommunen betaler et vederlag på 79.600 kr. pr. påbegyndt måned. Vederlaget er fastsat på grundlag af en bemanding i dagtimerne på én medarbejder pr. to beboere, en nattevagt delt mellem seks beboere samt andel af ledelse, psykologbistand to timer om måneden og husleje for fællesarealer, jf. den vedlagte takstredegørelse.

Ændring af vederlaget. Vederlaget forbliver uændret i aftalens løbetid. Ønsker en part at genforhandle vederlaget ved en eventuel forlængelse, skal det meddeles senest tre måneder før udløb.

Erstatning. Leverandøren er ikke ansvarlig for skade, som borgeren forvolder på tredjemand eller på tilbuddets ejendom. Kommunen hæfter for skader forvoldt af borgeren på tilbuddets bygninger og inventar, i det omfang skaden ikke dækkes af borgerens egen forsikring.

Behandling af personoplysninger. Leverandøren behandler personoplysninger om borgeren som selvstændig dataansvarlig for den del af behandlingen, der vedrører den daglige pædagogiske indsats, og i øvrigt efter databeskyttelsesforordningen. Oplysninger slettes fem år efter aftalens ophør.

Kvalitet. Parterne har indgået en særskilt kvalitetsaftale, der fastsætter mål for borgerens udvikling, dokumentationskrav og svartider. Kvalitetsaftalen er bilag 3.

Misligholdelse og ophævelse. Leverandørens væsentlige misligholdelse, herunder bortfald af tilbuddets godkendelse, berettiger kommunen til at hæve aftalen uden varsel. I øvrigt kan aftalen ikke opsiges i den tidsbegrænsede periode.

Underretning. Leverandøren underretter kommunen skriftligt inden for to hverdage om utilsigtede hændelser, magtanvendelse, politianmeldelser og forhold, der kan give anledning til at ændre indsatsen.

Bilag: 1. Ydelsesbeskrivelse 2. Takstredegørelse 3. Kvalitetsaftale`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'liability',
      'data-protection',
      'quality-agreement',
      'termination',
      'duty-to-report',
    ],
  },
  {
    id: 'skraenten-bofaellesskab',
    offer: 'adult',
    text: `Skrænten Bofællesskab – § 108 – nøglevilkår

- Månedspris: 84.300 kr.
- Opstart: ved indflytning; ingen slutdato
- Pris fremskrives årligt med KL's pris- og lønindeks
- Fravær over 21 dage: 75 % af prisen
- Beboer betaler selv husleje og forbrug (ca. 6.100 kr./md.) samt kost
- Regning sendes bagud den 5. i måneden
- Opsigelse: 3 måneder fra kommunens side, 6 måneder fra vores
- Vi er løbende i kontakt med rådgiveren, hvis der er noget
- Socialtilsyn Syd: godkendt til 12 pladser, seneste anmeldte tilsynsbesøg marts 2025`,
    topics: ['rate', 'term', 'price-regulation', 'absence', 'own-payment', 'settlement', 'termination', 'supervision'],
  },
  {
    id: 'tusindfryd-107',
    offer: 'adult',
    text: `Tusindfryd – Driftsaftale for midlertidigt botilbud (SEL § 107)

1. Parter
Tusindfryd Kursted A/S og bopælskommunen.

2. Periode
Opholdet begynder 1. april 2025 og er bevilget for 4 måneder. Forlængelse aftales skriftligt.

3. Ydelse og betaling
3.1 Døgnpris 2.890 kr. Heri indgår kost, rengøring af værelse, døgnbemanding, samtaleforløb med socialrådgiver én gang ugentligt samt transport til og fra behandling i nærområdet.
3.2 Kursted og aktiviteter uden for huset afregnes særskilt som tillægsydelser efter prisliste.
3.3 Der faktureres hver 14. dag; betalingsbetingelser 20 dage netto.

4. Beboerens egenbetaling
Beboeren betaler ingen egenbetaling ud over lommepenge til eget forbrug, som beboeren selv råder over.

5. Personale
Alle medarbejdere har fremvist straffeattest ved ansættelse.

6. Forsikring og ansvar
Tusindfryd har tegnet lovpligtig arbejdsskadeforsikring og en erhvervsansvarsforsikring. Tusindfryd er ansvarlig for skader efter dansk rets almindelige regler; for skader, som beboeren selv forvolder, bærer beboeren selv ansvaret.

7. Oplysninger
Tusindfryd indsamler kun de personoplysninger, der er nødvendige for opholdet, og opbevarer dem i et lukket journalsystem med adgangsstyring.

8. Afslutning
Opholdet kan afbrydes af hver af parterne med 7 dages varsel.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'add-on-services',
      'settlement',
      'own-payment',
      'criminal-record',
      'insurance',
      'liability',
      'data-protection',
      'termination',
    ],
  },
  {
    id: 'udsigten-85-stoette',
    offer: 'adult',
    text: `UDSIGTEN · Støtte i eget hjem · Priser og betingelser 2025

Ydelse                                   Pris
Individuel støtte, hverdage 7–17          560 kr./time
Individuel støtte, aften og weekend       640 kr./time
Gruppeforløb (max 6 deltagere)            1.950 kr./md. pr. deltager
Akut støtte uden for aftalt tid           840 kr./time (faktureres udover det bevilgede)

Timeprisen omfatter både tiden hos borgeren og den nødvendige dokumentation.
Aflysning senere end kl. 12 dagen før: fuld betaling.
Priserne gælder til 31.12.2025 og stiger herefter med KL's skønnede lønudvikling.
Vi fakturerer månedsvis bagud med specifikation pr. borger og dato.
Borgeren betaler intet selv for støtten; eventuelle udgifter til café eller bus på fælles ture afholder borgeren af egne midler.
Spørgsmål om tilsyn med borgerens økonomi hører under værgen og ikke under denne aftale.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'absence', 'price-regulation', 'settlement', 'own-payment'],
  },
  {
    id: 'vaeksthuset-bosted',
    offer: 'adult',
    text: `Til rådgiveren hos Thomas

Velkommen i Væksthuset! Her kommer et lille overblik, så vi har det samme at gå ud fra.

Thomas bor hos os efter § 108, og det koster 2.720 kr. om dagen. Fra 1. januar hvert år følger prisen kommunernes fælles regulering.

Det første halve år har Thomas brug for en ekstra medarbejder om eftermiddagen, mens han lærer at klare indkøb og transport selv. Det koster 36.000 kr. om måneden ekstra og stopper den 30. september, hvis vi ikke sammen har aftalt andet på statusmødet i august.

Vi har en kvalitetsaftale med jeres kommune fra 2023, som også gælder for Thomas' ophold.

Skulle der ske skader på Thomas' eller andres ting, er det vores forsikring, der dækker i første omgang – vi har en bred ansvarsforsikring hos Tryghedsgruppen.

Til sidst: vi har sendt en kopi af vores seneste tilsynsrapport fra Socialtilsyn Øst med i mailen.

Med venlig hilsen
Kirsten Lau, forstander`,
    topics: ['rate', 'price-regulation', 'special-rate', 'quality-agreement', 'insurance', 'supervision'],
  },
];
