// Sixty provider-written contracts held out from the tuning of the topic recognition, a third of all: written by two
// people who had not seen the recognition, measured once as they came, never tuned on. The rest are in
// `heldOutSixthSecond.ts`, `heldOutSixthThird.ts`, `heldOutSixthFourth.ts`, `heldOutSixthFifth.ts` and
// `heldOutSixthSixth.ts`.
import { HELD_OUT_SIXTH_FIFTH } from './heldOutSixthFifth';
import { HELD_OUT_SIXTH_FOURTH } from './heldOutSixthFourth';
import { HELD_OUT_SIXTH_SECOND } from './heldOutSixthSecond';
import { HELD_OUT_SIXTH_SIXTH } from './heldOutSixthSixth';
import { HELD_OUT_SIXTH_THIRD } from './heldOutSixthThird';
import type { ProviderContract } from './types';

const HELD_OUT_SIXTH_FIRST: ProviderContract[] = [
  {
    id: 'ahornlunden-107',
    offer: 'adult',
    text: `AFTALE OM MIDLERTIDIGT OPHOLD – AHORNLUNDEN
Indgået mellem Ahornlunden ApS (leverandøren) og den anbringende kommune (køber) om ophold efter servicelovens § 107.

1. Aftalens parter og formål
1.1 Borgeren tilbydes et midlertidigt ophold med henblik på udredning og træning af praktiske færdigheder.
1.2 Lægelig opfølgning og medicinordination varetages fortsat af borgerens egen læge.

2. Ikrafttræden og varighed
2.1 Aftalen gælder fra indflytningsdagen den 1. marts 2027 og løber, indtil den opsiges eller opholdet afsluttes ved visitation.
2.2 Opholdet forventes at vare 6-9 måneder.

3. Pris
3.1 Døgntaksten udgør 2.780 kr.
3.2 Taksten dækker en normering på 1,1 årsværk pr. plads, vågen nattevagt, socialfaglig koordinator og psykologtimer efter behov inden for 2 timer om måneden.
3.3 Taksten reguleres hvert år pr. 1. januar med den af KL udmeldte pris- og lønfremskrivning.

4. Ophold uden for tilbuddet
4.1 Ved indlæggelse på sygehus betales fuld takst de første 14 dage, herefter 75 %.
4.2 Ferie med familien op til 3 uger om året betales med fuld takst.

5. Borgerens egne udgifter
5.1 Borgeren betaler for kost, vask og fællesudgifter efter tilbuddets gældende satser, pt. 3.150 kr. om måneden, som opkræves direkte hos borgeren.

6. Fakturering
6.1 Der faktureres månedsvis forud via EAN. Betalingsfristen er 30 dage fra fakturadato.

7. Samarbejde
7.1 Tilbuddet sender en skriftlig statusrapport på borgerens mål hver tredje måned og deltager i opfølgningsmøde med sagsbehandleren.
7.2 Tilbuddet giver straks kommunen besked ved væsentlige hændelser, magtanvendelse, eller hvis borgeren forlader tilbuddet uden aftale.

8. Ophør
8.1 Begge parter kan opsige aftalen med 30 dages varsel til udgangen af en måned.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'own-payment',
      'settlement',
      'follow-up',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'cikorie-85-stoette',
    offer: 'adult',
    text: `Cikorie Støtte – § 85 i eget hjem – kort overblik
• Timepris: 625 kr. pr. leveret time, inkl. kørsel inden for 15 km
• Prisen indeholder forberedelse, dokumentation og supervision af medarbejderne
• Nattilsyn og akut udkald er ikke en del af ydelsen
• Aflysning senere end 24 timer før besøget afregnes fuldt
• Faktura sendes den 5. i måneden efter for de faktisk leverede timer
• Gensidigt opsigelsesvarsel: 14 dage
• Alle medarbejdere har afleveret ren straffeattest før ansættelse
• Vi har ingen særlige forsikringsforhold at nævne`,
    topics: ['rate', 'rate-basis', 'absence', 'settlement', 'termination', 'criminal-record'],
  },
  {
    id: 'duehoejen-bofaellesskab',
    offer: 'adult',
    text: `Emne: Bekræftelse af plads i Duehøjen Bofællesskab

Kære Lene

Tak for en god samtale i går. Som aftalt bekræfter vi hermed, at Jonas kan flytte ind i lejlighed 4 fra mandag den 12. april.

Prisen for støtten er 41.600 kr. om måneden. Den er sat ud fra, at Jonas har brug for støtte i dagtimerne og en fast kontaktperson, mens nattevagten deles med de øvrige beboere.
Jonas betaler selv husleje på 5.400 kr. plus el og varme efter forbrug, og han tilmelder sig fællesspisning for 1.200 kr. om måneden.

De første tre måneder vil Jonas have brug for ekstra støtte til at falde til. Vi foreslår 8 ekstra timer om ugen á 480 kr. frem til 1. juli, hvor vi sammen vurderer, om de skal fortsætte.

Vi sender regning hver måned og forventer betaling inden 30 dage.

Skulle der ske noget alvorligt, ringer vi til dig samme dag, og du får også besked, hvis Jonas' situation ændrer sig væsentligt.

Venlig hilsen
Karin Dues, afdelingsleder, Duehøjen`,
    topics: ['term', 'rate', 'rate-basis', 'own-payment', 'special-rate', 'settlement', 'duty-to-report'],
  },
  {
    id: 'elmegaarden-botilbud',
    offer: 'adult',
    text: `ELMEGÅRDEN – PRISBLAD 2027 (§ 108 længerevarende botilbud)

Ydelsespakke            Døgntakst
Niveau 1 (let)          1.940 kr.
Niveau 2 (middel)       2.620 kr.
Niveau 3 (omfattende)   3.480 kr.

Niveauet fastsættes ud fra den visiterede støtte; niveau 3 forudsætter 1:1 i dele af døgnet.

Tillæg, som faktureres særskilt efter aftale:
- ledsagelse til ferie og udflugter: 410 kr. i timen
- ekstra personale ved særlige behov: 395 kr. i timen

Betingelser:
Priserne gælder for kalenderåret 2027 og fremskrives pr. 1. januar med kommunernes pris- og lønindeks.
Ved fravær ud over 30 sammenhængende dage drøftes en reduceret betaling med kommunen.
Leverandøren er godkendt af Socialtilsyn Midt og har tegnet erhvervs- og ansvarsforsikring.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'price-regulation', 'absence', 'supervision', 'insurance'],
  },
  {
    id: 'fyrrelunden-85',
    offer: 'adult',
    text: `Kære kommune og kære kommende borger

Vi glæder os til at møde dig! Hos Fyrrelunden giver vi socialpædagogisk støtte efter § 85 til voksne, der bor i egen lejlighed i vores opgang.

Hvad får du? En fast kontaktpædagog, hjælp til at få hverdagen til at hænge sammen, og vi er i huset alle dage fra 7 til 22. Vi har ikke nattilsyn, men der er tryghedsopkald via vagttelefon.

Hvad koster det? Kommunen betaler 18.900 kr. om måneden for 10 timers ugentlig støtte. Hvis der senere er brug for flere timer, kan de købes til 520 kr. stykket.

Hvad betaler du selv? Husleje til boligselskabet og dine egne fornøjelser. Der er ingen egenbetaling til os ud over, at du betaler din egen andel af fælles madlavning, ca. 35 kr. pr. måltid.

Hvordan følger vi op? To gange om året holder vi et møde med dig og din sagsbehandler, hvor vi ser på dine mål og skriver et kort referat.

Hvad hvis du er væk? Er du indlagt eller på ferie, fortsætter betalingen i op til en måned, så vi kan holde din støtte klar.

Dine oplysninger behandler vi fortroligt og efter databeskyttelsesreglerne. Vi har indgået databehandleraftale med kommunen.

Mange hilsner
Teamet i Fyrrelunden`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'own-payment', 'follow-up', 'absence', 'data-protection'],
  },
  {
    id: 'baekkeloeb-108',
    offer: 'adult',
    text: `KONTRAKT
om køb af længerevarende botilbud efter servicelovens § 108
mellem
Fonden Bækkeløbet, herefter benævnt "Leverandøren",
og
den visiterende kommune, herefter benævnt "Kommunen".

§ 1 Kontraktens genstand
Stk. 1. Leverandøren stiller en plads til rådighed for den i bilag 1 nævnte borger og leverer den socialpædagogiske indsats, der fremgår af Kommunens handleplan og Leverandørens pædagogiske plan.
Stk. 2. Bilag 1 og 2 udgør en integreret del af kontrakten.

§ 2 Ikrafttrædelse
Stk. 1. Kontrakten træder i kraft ved borgerens indflytning og er tidsubegrænset.

§ 3 Vederlag
Stk. 1. Vederlaget udgør 2.315 kr. pr. kalenderdøgn.
Stk. 2. Vederlaget er beregnet på grundlag af en normering svarende til 0,95 fuldtidsstilling pr. beboer, vågen nattevagt i fællesskab med nabohuset samt adgang til sygeplejerske og ergoterapeut.
Stk. 3. Vederlaget fremskrives årligt den 1. januar med den sats for pris- og lønudvikling, som Kommunernes Landsforening udmelder.
Stk. 4. Ydelser ud over det i stk. 2 beskrevne, herunder ledsagelse til behandling uden for tilbuddet og enkeltmandsopgaver, afregnes særskilt med 398 kr. pr. påbegyndt time efter forudgående skriftlig godkendelse fra Kommunen.

§ 4 Fravær
Stk. 1. Under borgerens fravær, herunder hospitalsophold, betales fuldt vederlag i indtil 30 dage. Derefter betales 80 %, indtil pladsen opsiges.

§ 5 Betaling
Stk. 1. Leverandøren fremsender elektronisk faktura månedsvis bagud. Betalingsbetingelserne er løbende måned + 30 dage.

§ 6 Tilsyn og dokumentation
Stk. 1. Leverandøren er godkendt af det socialtilsyn, der fører driftsorienteret tilsyn med tilbuddet, og orienterer Kommunen om tilsynsrapporter med påbud eller skærpet tilsyn.

§ 7 Oplysningspligt
Stk. 1. Leverandøren underretter uden ugrundet ophold Kommunen om forhold, der har betydning for borgerens ophold, herunder magtanvendelser, alvorlige hændelser og væsentlige ændringer i borgerens funktionsniveau.

§ 8 Opfølgning
Stk. 1. Der afholdes opfølgningsmøde mindst en gang årligt. Leverandøren udarbejder forud herfor en skriftlig statusrapport med udgangspunkt i de mål, der er opstillet i handleplanen.

§ 9 Opsigelse
Stk. 1. Kontrakten kan af Kommunen opsiges med 30 dages varsel og af Leverandøren med 90 dages varsel, i begge tilfælde til udgangen af en måned.
Stk. 2. Ved væsentlig misligholdelse kan den anden part ophæve kontrakten med øjeblikkelig virkning.

§ 10 Underleverandører
Stk. 1. Leverandøren må ikke overlade kerneopgaven til underleverandører uden Kommunens forudgående skriftlige samtykke. Kørsel og rengøring er undtaget.

§ 11 Borgerens indflydelse
Stk. 1. Borgeren og dennes eventuelle værge inddrages i udarbejdelsen af den pædagogiske plan. Leverandøren oplyser borgeren om adgangen til at klage over den daglige indsats.

§ 12 Tvister
Stk. 1. Uenighed søges løst ved forhandling. Kan enighed ikke opnås, afgøres tvisten ved de almindelige domstole.

Underskrifter
For Leverandøren: __________   For Kommunen: __________`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'add-on-services',
      'absence',
      'settlement',
      'supervision',
      'duty-to-report',
      'follow-up',
      'termination',
    ],
  },
  {
    id: 'gaasehoejen-108',
    offer: 'adult',
    text: `Bilag 3 til aftale om ophold på Gåsehøjen (§ 108)

Døgnpris: 3.020 kr.

Overgangsperiode efter udskrivning
Borgeren kommer direkte fra et længere psykiatrisk forløb. I de første 8 uger efter indflytning afregnes derfor en forhøjet døgnpris på 4.100 kr., som dækker en ekstra medarbejder i aften- og weekendtimerne. Parterne vurderer inden udgangen af uge 7, om den forhøjede pris skal ophøre eller forlænges; sker der intet, falder prisen automatisk tilbage til den almindelige.

Standarder
Gåsehøjen arbejder efter den kvalitetsaftale, som er indgået med kommunen for 2026-2027, herunder krav om én navngiven kontaktperson, dokumentation af pædagogiske mål og årlig brugertilfredshedsundersøgelse.

Borgerens betaling
Borgeren betaler husleje efter lejekontrakt samt 2.900 kr. om måneden for kost og vask.

Vi hjælper gerne borgeren med kontakt til pensionskasse, bank og forsikringsselskab.

Opsigelse
Aftalen kan opsiges af begge parter med én måneds varsel.`,
    topics: ['rate', 'special-rate', 'quality-agreement', 'own-payment', 'termination'],
  },
  {
    id: 'hasselbo-bostoette',
    offer: 'adult',
    text: `Hasselbo Bostøtte – sådan samarbejder vi med kommunen

Støtten starter, når kommunens bevilling foreligger og første besøg er holdt, og den gives for et halvt år ad gangen.

Timeprisen er 585 kr. Den tilpasses hvert nytår, så den følger stigningen i overenskomstlønningerne på området, og vi skriver til jer senest 1. december med den nye pris.

Kommer en medarbejder til at ødelægge noget i borgerens hjem, er det os, der står for at udbedre skaden. Vores firmapolice dækker både skader hos borgeren og skader på vores egne medarbejdere i arbejdstiden.

Vi registrerer, hvornår borgeren ikke har været hjemme ved aftalte besøg, og tager det op med borgeren.

Hvad vi skriver ned om borgeren, ligger i vores elektroniske journal. Kun borgerens faste medarbejdere og lederen har adgang, og oplysningerne slettes fem år efter, at støtten er slut. Borgeren kan til enhver tid få indsigt i, hvad der står.

Timerne opgøres hver måned og sendes til kommunen som én samlet regning med 30 dages kredit.`,
    topics: ['term', 'rate', 'price-regulation', 'liability', 'insurance', 'data-protection', 'settlement'],
  },
  {
    id: 'irishaven-107-prisblad',
    offer: 'adult',
    text: `IRISHAVEN – Midlertidige pladser § 107 – priser og vilkår 2027

Akutplads (op til 14 dage): 3.950 kr. pr. døgn
Udredningsplads: 3.200 kr. pr. døgn
Træningsplads: 2.540 kr. pr. døgn

I døgnprisen indgår: bolig med møbler, personale hele døgnet med vågen nattevagt, fast kontaktperson, psykiatrisk sygeplejerske 2 dage om ugen, fælles aktiviteter.
Ikke i døgnprisen – afregnes særskilt: ledsagelse uden for huset (455 kr./time), tolk, udredning ved ekstern psykolog efter regning.

Kvalitet og faglighed er i højsædet hos os.

Opholdet bevilges for tre måneder ad gangen og kan forlænges efter ny visitation.
Døgn, hvor borgeren er udeblevet eller indlagt, afregnes som almindelige døgn, så længe pladsen holdes.
Der faktureres hver den 1. for forrige måned; forfald 20 dage.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'term', 'absence', 'settlement'],
  },
  {
    id: 'jernbanehuset-botilbud',
    offer: 'adult',
    text: `Velkommen til Jernbanehuset

Jernbanehuset er et botilbud for 12 voksne med udviklingshandicap, indrettet i den gamle stationsbygning og to nye længer. Her er en beskrivelse af de praktiske aftaler.

Indflytning og pris
Borgeren flytter ind den 1. februar 2027. Kommunen betaler en takst på 67.800 kr. om måneden.

Hvad skal borgeren selv betale?
Husleje på 6.150 kr., forbrug efter måler, kostpakke 2.450 kr. og et mindre beløb til fælles aviser og streaming. Lommepenge administrerer borgeren selv eller med hjælp fra værge.

Hvis borgeren er tidligere lejer et andet sted, hjælper vi med opsigelse af den gamle lejlighed og flytning. Vi hjælper også med regulering af medicin i samarbejde med egen læge.

Forsikring
Borgeren skal selv have en indboforsikring. Jernbanehusets forsikring dækker bygning og inventar, men ikke beboernes egne ting.

Medarbejdere
Alle fastansatte og vikarer har vist ren straffeattest, og den indhentes på ny hvert tredje år.

Tilsyn
Jernbanehuset er godkendt af Socialtilsynet, som kommer på anmeldte og uanmeldte besøg. Seneste tilsynsrapport kan ses på Tilbudsportalen.

Status og mål
Kontaktpersonen skriver en statusbeskrivelse hvert halve år ud fra målene i handleplanen, og vi mødes med borger, pårørende og sagsbehandler til et opfølgningsmøde.`,
    topics: ['term', 'rate', 'own-payment', 'insurance', 'criminal-record', 'supervision', 'follow-up'],
  },
];

export const HELD_OUT_CONTRACTS = [
  ...HELD_OUT_SIXTH_FIRST,
  ...HELD_OUT_SIXTH_SECOND,
  ...HELD_OUT_SIXTH_THIRD,
  ...HELD_OUT_SIXTH_FOURTH,
  ...HELD_OUT_SIXTH_FIFTH,
  ...HELD_OUT_SIXTH_SIXTH,
];
