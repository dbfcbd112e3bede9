// More of the sixty provider-written contracts held out from the tuning (see `heldOutSixth.ts`).
import type { ProviderContract } from './types';

export const HELD_OUT_SIXTH_SIXTH: ProviderContract[] = [
  {
    id: 'lommelygten-dagbehandling',
    offer: 'day-treatment',
    text: `Lommelygten Dagbehandling – Samarbejdsaftale

1. Indhold
Lommelygten tilbyder dagbehandling med integreret undervisning for børn i 1.–6. klasse, hverdage kl. 8.00–14.30, i skolens ferier dog kun efter særskilt aftale.

2. Pris
2.1 Månedspris: 58.400 kr. pr. elev, betalt for 12 måneder om året.
2.2 Prisen omfatter undervisning, behandling i klasser med 6 elever og 3 voksne, frokost, familiesamtaler hver 14. dag samt kørsel ved ture.
2.3 Befordring mellem hjem og skole er ikke indeholdt og aftales med kommunen.

3. Ekstra
3.1 Ferieaktiviteter og ekstra familiebehandling faktureres for sig med 720 kr. pr. time.

4. Regulering
4.1 Månedsprisen reguleres den 1. januar med KL's pris- og lønskøn.

5. Afregning
5.1 Fakturaen sendes den 1. hverdag i måneden og betales inden den 15.

6. Opsigelse
6.1 Aftalen kan opsiges af kommunen med 3 måneders varsel og af Lommelygten med 6 måneders varsel til udgangen af et skoleår.

7. Opfølgning
7.1 Der afholdes statusmøde med forældre, skole-PPR og rådgiver to gange om året, og Lommelygten udarbejder en skriftlig elevstatus forud for hvert møde.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'price-regulation', 'settlement', 'termination', 'follow-up'],
  },
  {
    id: 'mosaikken-specialskole',
    offer: 'day-treatment',
    text: `Kære Ida og kære skole- og familieafdeling

Velkommen til Mosaikken! Vi har glædet os til at få Oskar i 4. klasse.

Skolepladsen koster 39.900 kr. om måneden i 11 måneder – juli er betalingsfri. For det beløb får Oskar en klasse med højst 7 elever, en lærer og en pædagog hele dagen, frokostordning og et ugentligt forløb i vores sansemotoriske rum.

Prisen justeres hvert år den 1. august, så den følger lønudviklingen på skoleområdet.

Vi sender regningen for en måned ad gangen, og den skal være betalt inden 30 dage.

Hvis Oskar er syg, betales der stadig for pladsen – vi holder jo klassen klar til ham.

Og så et par praktiske ting: alle medarbejdere har afleveret børneattest, og vi er tilsluttet Socialtilsyn Syd's løbende tilsyn, fordi vi også har et dagbehandlingsspor.

Venlig hilsen
Pernille Aagaard, skoleleder`,
    topics: ['rate', 'rate-basis', 'price-regulation', 'settlement', 'absence', 'criminal-record', 'supervision'],
  },
  {
    id: 'nodearket-aktivitetstilbud',
    offer: 'day-treatment',
    text: `NODEARKET · Musik- og aktivitetstilbud efter § 104 · Priser 2025

Almindelig plads (5 dage/uge) ............ 14.950 kr. pr. måned
Deltidsplads (2–3 dage/uge) .............. 9.300 kr. pr. måned
Ledsager ved koncerter ud af huset ....... 385 kr. i timen – udover pladsprisen
Ekstra støtte i en opstartsperiode ....... 6.000 kr. pr. måned i højst 3 måneder, revurderes på opstartsmødet

Pladsprisen inkluderer instrumenter, frokost og én fast kontaktperson.
Deltagerens egen betaling: 450 kr. pr. måned til fælles udflugter og kaffe, opkræves hos deltageren.
Faktura til kommunen den 1. i måneden, betaling 14 dage netto.
Ophør: løbende måned + 1 måned.
Ved ferie og sygdom betales fuld pris.
Priserne er uden moms (tilbuddet er momsfritaget).`,
    topics: [
      'rate',
      'add-on-services',
      'special-rate',
      'rate-basis',
      'own-payment',
      'settlement',
      'termination',
      'absence',
    ],
  },
  {
    id: 'orkideen-dagskole',
    offer: 'day-treatment',
    text: `Fra: Orkidéen Dagskole
Til: PPR og Familieafsnittet
Emne: Optagelse af Liva – aftale

Hej begge

Liva er optaget i Orkidéens mellemtrin med start mandag den 6. januar. Hun indskrives for skoleåret, og aftalen fortsætter derefter, indtil den siges op.

Dagprisen er 2.310 kr. pr. skoledag. Vi har ikke regnet kørsel med; den står kommunen selv for.

Hvis Liva har brug for et par ekstra timer med vores psykolog, er prisen 950 kr. pr. time oveni dagprisen.

Vi gør opmærksom på, at Orkidéen både har erhvervsansvarsforsikring og en kollektiv ulykkesforsikring for eleverne i skoletiden.

Alt om Livas skolegang (elevplaner, journaler og korrespondance) behandles i vores sikre elevsystem, og vi har en databehandleraftale med jeres kommune fra 2024, som også dækker Liva.

Vi skriver til jer hurtigst muligt, hvis Liva har ulovligt fravær i mere end 3 dage, eller hvis der sker en episode med magt.

Med venlig hilsen
Rasmus Holm, souschef`,
    topics: ['term', 'rate', 'rate-basis', 'add-on-services', 'insurance', 'data-protection', 'duty-to-report'],
  },
  {
    id: 'pejsestuen-stu',
    offer: 'day-treatment',
    text: `Pejsestuen STU – vilkår

– 3-årigt forløb, start august 2025
– Pris pr. elev: 21.800 kr. pr. måned, 12 måneder om året
– Heri: undervisning 25 lektioner/uge, praktikforløb, frokost, vejledning
– Pris følger KL's årlige fremskrivning
– Fravær: ingen reduktion
– Faktura bagud hver måned
– Opsigelse: 3 måneders varsel
– Eleven betaler selv materialer til værkstedsfag (ca. 300 kr./halvår)
– Alle undervisere har ren straffeattest
– Forsikring: spørg på kontoret`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'termination',
      'own-payment',
      'criminal-record',
    ],
  },
  {
    id: 'regnormen-dagbehandling',
    offer: 'day-treatment',
    text: `Regnormen Dagbehandling K/S
Almindelige betingelser for levering af dagbehandling til kommuner

Afsnit I – Anvendelsesområde
1. Disse betingelser gælder for alle aftaler, hvorefter Regnormen Dagbehandling K/S ("Regnormen") leverer dagbehandling til et barn efter afgørelse truffet af en kommune ("Køber").
2. Betingelserne suppleres af en visitationsaftale for det enkelte barn. Går visitationsaftalen og disse betingelser i forskellige retninger, har visitationsaftalen forrang.

Afsnit II – Ikrafttræden og løbetid
3. Leverancen påbegyndes på den dato, der er anført i visitationsaftalen, og løber derefter uden tidsbegrænsning.

Afsnit III – Vederlag
4. Køber betaler et dagligt vederlag på 2.475 kr. for hver hverdag, barnet er indskrevet, uanset om barnet møder op.
5. Vederlaget er beregnet ud fra en dækning på én voksen pr. to børn i åbningstiden, ugentlige samtaler med forældrene, skoledel med læreruddannet personale og et halvt årsværk til ledelse pr. 20 børn.
6. Vederlaget ændres med virkning fra hvert års 1. januar med den ændringsprocent, der følger af KL's seneste pris- og lønskøn. Regnormen kan herudover kræve vederlaget genforhandlet, hvis lovændringer eller overenskomster medfører væsentlige merudgifter.

Afsnit IV – Yderligere ydelser
7. Ydelser ud over det i punkt 5 nævnte, herunder aflastning i skolernes ferier og ekstra familiebehandling, leveres alene efter skriftlig bestilling fra Køber og betales med 640 kr. pr. påbegyndt time ud over vederlaget.

Afsnit V – Fakturering og betaling
8. Regnormen udsteder faktura for hver kalendermåned bagud. Fakturaen specificerer antal indskrevne dage og eventuelle yderligere ydelser.
9. Betalingsfristen er 30 dage. Ved forsinket betaling beregnes renter efter renteloven.

Afsnit VI – Erstatningsansvar
10. Regnormen er ansvarlig efter dansk rets almindelige regler for skader, som Regnormens ansatte forvolder i tjenesten.
11. Regnormen er ikke ansvarlig for driftstab, indirekte tab eller for skader, som barnet forvolder på andre børn, ansatte eller på Regnormens ejendom.

Afsnit VII – Godkendelse og tilsyn
12. Regnormen er godkendt som dagtilbud af Socialtilsyn Midt og er underlagt det løbende driftsorienterede tilsyn. Regnormen giver Køber besked, hvis godkendelsen ændres eller bortfalder.

Afsnit VIII – Samarbejde om barnet
13. Regnormen er forpligtet til straks at underrette Køber, hvis Regnormen får kendskab til, at et barn kan have behov for særlig støtte, herunder ved mistanke om vold eller overgreb.

Afsnit IX – Ophør
14. Hver part kan opsige aftalen med tre måneders skriftligt varsel til udgangen af en kalendermåned.
15. Køber kan ophæve aftalen uden varsel, hvis Regnormen væsentligt misligholder sine forpligtelser.

Afsnit X – Lovvalg og værneting
16. Enhver tvist afgøres efter dansk ret ved retten i Aarhus.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'absence',
      'price-regulation',
      'add-on-services',
      'settlement',
      'liability',
      'supervision',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'sejlloftet-behandlingsskole',
    offer: 'day-treatment',
    text: `SEJLLOFTET BEHANDLINGSSKOLE – Aftale om elevplads

§ 1 Aftalen gælder fra elevens første skoledag og løber indtil videre.

§ 2 Prisen for en elevplads er 47.250 kr. pr. måned i 12 måneder.

§ 3 Beløbet dækker skolegang 30 timer om ugen i klasser på 5 elever med 2 voksne, et behandlingsforløb med psykolog eller familieterapeut, frokost og skolens ture. Taxa mellem hjem og skole indgår ikke.

§ 4 Ved skoleårets begyndelse fastsættes næste års pris ud fra KL's skøn for pris- og lønudviklingen; den nye pris oplyses skriftligt senest 1. juni.

§ 5 Der udarbejdes i samarbejde med kommunen en kvalitetsaftale, som indeholder mål for elevens trivsel og faglige progression, måling af fravær og krav til dokumentation. Kvalitetsaftalen vedlægges som bilag og evalueres årligt.

§ 6 Skolen holder elevkonference hvert halve år, hvor målene i elevplanen og handleplanen gennemgås. Kommunen modtager referat senest 10 dage efter.

§ 7 Skolen behandler elevens personoplysninger efter databeskyttelsesreglerne; kun relevante medarbejdere har adgang til elevmappen.

§ 8 Opsigelse kan ske med 2 måneders varsel til en måneds udgang.

§ 9 Faktura fremsendes kvartalsvis forud.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'quality-agreement',
      'follow-up',
      'data-protection',
      'termination',
      'settlement',
    ],
  },
  {
    id: 'tovvaerket-beskaeftigelse',
    offer: 'day-treatment',
    text: `Tovværket – beskyttet beskæftigelse og aktivitet (SEL §§ 103 og 104)
Takstblad og vilkår pr. 1. januar 2025

§ 103 beskyttet beskæftigelse, fuld tid ........ 11.200 kr./md.
§ 104 aktivitets- og samværstilbud, fuld tid ...... 13.650 kr./md.
Halv tid ............................................... 60 % af fuld pris
Individuel ledsagelse ud af huset ..................... 398 kr./time, afregnes ud over månedsprisen

Månedsprisen omfatter værkstedsaktiviteter, én medarbejder pr. fire brugere, frokost og transport på arbejdspladsen.
Brugeren betaler 35 kr. om dagen for frokost og får arbejdsdusør efter gældende regler.
Vi sender faktura bagud for hver måned; forfald 30 dage.
Sygdom og ferie: fuld pris betales.
Ophør kan ske med 1 måneds varsel fra begge sider.
Tovværket er omfattet af Socialtilsyn Hovedstadens tilsyn, og tilsynsrapporter kan læses på Tilbudsportalen.
Opfølgning: vi holder et årligt møde med brugeren og sagsbehandleren om målene.`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'own-payment',
      'settlement',
      'absence',
      'termination',
      'supervision',
      'follow-up',
    ],
  },
  {
    id: 'urtehaven-dagbehandling',
    offer: 'day-treatment',
    text: `Kære samarbejdspartnere

Urtehaven er et lille dagbehandlingstilbud på landet med plads til 10 børn, og vi er glade for, at I vil bruge os til William.

Det koster 2.180 kr. for hver dag, William er indskrevet, og det dækker skoledelen, behandlingen, maden og vores heste- og haveaktiviteter. Prisen er fastlåst til og med 2026.

Vi har indgået en kvalitetsaftale med kommunen i 2023, der beskriver, hvad I kan forvente af os – den gælder også for William.

Vores personale har selvfølgelig alle fremvist en gyldig børneattest.

Hvis William bliver syg, betaler I stadig for dagen; ved planlagte ferier uden for skolens ferieplan betaler I halv pris.

Vi holder regelmæssigt kontakt med familien og ser frem til et godt samarbejde.

Mange hilsner fra hele Urtehaven`,
    topics: ['rate', 'rate-basis', 'price-regulation', 'quality-agreement', 'criminal-record', 'absence'],
  },
  {
    id: 'vildrosen-specialskole',
    offer: 'day-treatment',
    text: `Vildrosen Specialskole – Kort om aftalen

Start: skoleårets begyndelse (august).
Pris: 42.600 kr. pr. måned.
Ekstra timer ud over skemaet: 510 kr. pr. time, faktureres særskilt.
Betaling: faktura hver måned, betalingsfrist 14 dage.
Udmeldelse: med 3 måneders varsel.
Ansvar: Vildrosen hæfter ikke for elevens egne ejendele, mobiltelefoner og lignende; skader forvoldt af eleven dækkes af forældrenes ansvarsforsikring.
Tilsyn i frikvartererne: der er altid to voksne i skolegården.
Evaluering: elevplan opdateres 2 gange årligt og sendes til kommunen.`,
    topics: ['term', 'rate', 'add-on-services', 'settlement', 'termination', 'liability', 'insurance', 'follow-up'],
  },
];
