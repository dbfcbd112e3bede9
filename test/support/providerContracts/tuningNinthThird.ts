// More of the forty provider-written contracts once held out, now tuned on (see `tuningNinth.ts`).
import type { ProviderContract } from './types';

export const NINTH_TUNING_THIRD: ProviderContract[] = [
  {
    id: 'andedammen-dagbehandling',
    offer: 'day-treatment',
    text: `Samarbejdsaftale – Andedammen, behandlings- og specialundervisningstilbud
(lov om behandlings- og specialundervisningstilbud til børn og unge)

1. Tilbuddet
1.1 Andedammen har 24 pladser til elever i 1.-9. klasse, der har brug for dagbehandling efter barnets lov § 32 og specialundervisning efter folkeskolelovens § 3, stk. 2.
1.2 Andedammen er godkendt af beliggenhedskommunen ved en kvalitetsaftale af 12. juni 2024, senest revideret i 2026. Kvalitetsaftalen er vedlagt som bilag.

2. Varighed
2.1 Aftalen om eleven gælder fra skolestart den 11. august 2027 og løber skoleåret ud. Den kan forlænges, når kommunen har truffet ny afgørelse.

3. Pris
3.1 Prisen er 1.690 kr. pr. skoledag (200 skoledage om året).
3.2 Prisen omfatter undervisning, behandling med én behandler pr. fire elever, forældresamarbejde, frokost og psykologbistand op til 10 timer pr. skoleår. Kørsel mellem hjem og skole er ikke omfattet og bevilges af kommunen særskilt.
3.3 Prisen reguleres pr. 1. januar med den pris- og lønudvikling, der fremgår af økonomiaftalen mellem regeringen og KL.

4. Fravær
4.1 Der betales for alle skoledage, også når eleven er syg. Er eleven væk i mere end 20 skoledage i træk, nedsættes betalingen til 75 % fra den 21. skoledag.
4.2 Udebliver en elev uden besked, kontakter Andedammen forældrene samme morgen.

5. Fakturering
5.1 Der faktureres kvartalsvis forud med betalingsfrist 30 dage. Fakturaen angiver elevens initialer, antal skoledage og pris.

6. Opfølgning
6.1 Der holdes statusmøde to gange om året med forældre, PPR og sagsbehandler. Før hvert møde udarbejder Andedammen en skriftlig status på elevens faglige og sociale mål.

7. Ophør
7.1 Elevens plads kan opsiges med 3 måneders varsel til den 1. i en måned, dog altid med mulighed for at afslutte det igangværende skoleår.`,
    topics: [
      'quality-agreement',
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'follow-up',
      'termination',
    ],
  },
  {
    id: 'brombaerhaven-aktivitetstilbud',
    offer: 'day-treatment',
    text: `Brombærhaven – værksteds- og aktivitetstilbud (servicelovens § 104)
PRISER OG VILKÅR 2027

Dagpris, hverdage kl. 8.30–15.00 ............... 465 kr.
Halv dag (indtil kl. 12.00) ..................... 270 kr.

Ekstra, faktureres særskilt:
– Støtte 1:1 i værkstedet efter aftale .......... 395 kr./time
– Deltagelse i ture og ferielejr (pr. dag) ...... 610 kr.

Deltagerens egen betaling:
– Frokost i kantinen: 35 kr. om dagen, betales af deltageren selv månedsvis
– Materialer til egne projekter betales efter forbrug

Fravær:
– Ved sygdom afregnes den første dag fuldt; fra 2. sygedag betaler kommunen ikke.
– Lukkedage i juli og mellem jul og nytår afregnes ikke.

Betaling:
– Kommunen modtager faktura den 10. i måneden for måneden før; 30 dages betalingsfrist.

Sikkerhed:
– Værkstedslederen fører tilsyn med maskinerne og instruerer nye deltagere, før de bruger dem.`,
    topics: ['rate', 'add-on-services', 'own-payment', 'absence', 'settlement'],
  },
  {
    id: 'damhuset-specialskole',
    offer: 'day-treatment',
    text: `Kære Kommune

Vi er glade for, at I har valgt Damhuset til Elias, og vil her fortælle lidt om, hvordan vi arbejder sammen med kommunerne.

Damhuset er en lille skole med behandling for 16 elever med angst og autisme. Vi er godkendt af Køge Kommune som beliggenhedskommune efter loven om behandlings- og specialundervisningstilbud; den aftale, der beskriver vores målgruppe, pladser, ejerforhold og ydelser, sender vi gerne med.

En plads koster 34.800 kr. om måneden i 11 måneder om året.

Trygge voksne
Vi ansætter ingen, før vi har set en børneattest uden anmærkninger. Det gælder også vikarer og studerende.

Når vi er bekymrede
Ser vi tegn på, at Elias mistrives derhjemme eller i sin fritid, underretter vi kommunen, som loven kræver. Sagsbehandleren får også besked fra os, hvis der sker større ændringer i Elias' skolegang, fx ved længerevarende fravær eller en episode med fastholdelse. Forældrene får løbende besked via Aula om dagligdagen.

Hvordan vi følger op
Hvert halve år skriver vi en status på Elias' mål og inviterer forældrene, PPR og sagsbehandleren til et møde, hvor vi sammen beslutter næste skridt.

Medicin reguleres af børnepsykiatrien – det blander vi os ikke i, men vi giver gerne vores iagttagelser videre til forældrene.

Med venlig hilsen
Pernille Holm, skoleleder, Damhuset`,
    topics: ['quality-agreement', 'rate', 'criminal-record', 'duty-to-report', 'follow-up'],
  },
  {
    id: 'fiskerlejet-stu',
    offer: 'day-treatment',
    text: `Fiskerlejet STU – nøgletal for forløbet
* Uddannelse: særligt tilrettelagt ungdomsuddannelse (STU), 3 år
* Forløb: 1. august 2027 – 31. juli 2030
* Pris: 19.400 kr. pr. måned, 12 måneder om året
* Kan tilkøbes: praktikstøtte med job-coach, 440 kr./time; bustræning 1:1, 440 kr./time
* Udtræden: kommunen kan afbryde forløbet med 3 måneders varsel til et kvartals udgang; Fiskerlejet kan kun opsige ved væsentlige forhold og med samme varsel
* Statusmøde hver 6. måned med den unge, forældre, UU-vejleder og kommunen om målene i uddannelsesplanen
* Fravær registreres dagligt; er den unge væk mere end tre dage, ringer kontaktlæreren hjem`,
    topics: ['term', 'rate', 'add-on-services', 'termination', 'follow-up'],
  },
  {
    id: 'hanebjaelken-dagbehandling',
    offer: 'day-treatment',
    text: `Emne: Vedr. Malthe – pris og ekstra timer i opstarten

Hej Louise

Tak for mødet i tirsdags. Her kommer det, vi aftalte, på skrift:

Når Malthe begynder i Hanebjælkens dagbehandling, er prisen 1.520 kr. pr. dag, han er hos os.

Fordi Malthe har været ude af skole i et år, sætter vi en ekstra voksen på ham de første seks uger. I den periode er prisen 2.180 kr. pr. dag. Vi evaluerer sammen med dig på et møde i uge 5, og hvis vi ikke aftaler andet, falder prisen tilbage til 1.520 kr. fra uge 7.

Faktura kommer hver måned bagud med de dage, Malthe har været her, og betales inden 30 dage.

Papirer om Malthe gemmer vi i vores lukkede journalsystem. Vi har en databehandleraftale med jer fra sidste år, og den gælder også for Malthe. Oplysninger deles kun med skolen og PPR, når forældrene har givet samtykke.

Opsigelsesvarslet og det andet juridiske vender jeg tilbage med, når jeg har talt med vores bestyrelse.

Bedste hilsner
Rasmus Friis
Leder, Hanebjælken`,
    topics: ['rate', 'special-rate', 'settlement', 'data-protection'],
  },
  {
    id: 'kaempehoej-skole-og-behandling',
    offer: 'day-treatment',
    text: `LEVERANCEKONTRAKT
vedrørende behandlings- og specialundervisningstilbud på Kæmpehøj Skole og Behandling

indgået mellem

Kæmpehøj Skole og Behandling, en selvejende institution, Kæmpehøjvej 9, 3400 Hillerød (herefter "Tilbuddet"),

og

den visiterende kommune (herefter "Kommunen")

§ 1. Kontraktens genstand
(1) Tilbuddet leverer dagbehandling og specialundervisning til den elev, som er angivet i bilag 1, i overensstemmelse med Kommunens afgørelser efter barnets lov § 32 og folkeskolelovens § 3, stk. 2.
(2) Tilbuddet har indgået kvalitetsaftale med beliggenhedskommunen og driver sin virksomhed inden for de rammer, aftalen fastsætter for målgruppe, pladsantal og ydelser.

§ 2. Kontraktens varighed
(1) Kontrakten træder i kraft den 4. januar 2028 og er gældende, indtil den opsiges i henhold til § 8, dog længst til udgangen af det skoleår, hvor eleven afslutter 9. klasse.

§ 3. Pris og prisens grundlag
(1) Kommunen betaler 37.250 kr. pr. måned for elevens plads.
(2) Prisen er udregnet på grundlag af en normering på én lærer og én behandler pr. seks elever, skoledage på 6 timer, familiebehandling med 2 samtaler om måneden, supervision af personalet samt kost, materialer, lokaler og administration.
(3) Prisen fremskrives årligt pr. 1. januar med den pris- og lønudvikling, der er aftalt i den seneste økonomiaftale mellem regeringen og KL. Tilbuddet kan ikke ensidigt foretage andre prisændringer.

§ 4. Ydelser uden for grundprisen
(1) Følgende kan efter Kommunens skriftlige rekvisition leveres mod særskilt betaling:
   a) Ledsaget kørsel mellem hjem og skole: 480 kr. pr. tur.
   b) Udvidet familiebehandling i hjemmet: 1.050 kr. pr. time.
   c) Sommerskole i skolens ferie: 1.650 kr. pr. dag.
(2) Ydelser efter stk. 1 faktureres kun, hvis de er rekvireret forud.

§ 5. Fakturering og betaling
(1) Tilbuddet fakturerer den 1. hverdag i måneden for den forløbne måned. Tillægsydelser anføres på særskilte linjer med dato og omfang.
(2) Betaling skal ske inden 30 dage efter modtagelse af korrekt faktura.

§ 6. Forsikring og erstatningsansvar
(1) Tilbuddet har tegnet erhvervsansvarsforsikring og kollektiv ulykkesforsikring for eleverne i skoletiden og under transport arrangeret af Tilbuddet.
(2) Tilbuddet er ansvarligt for skader, som forvoldes af Tilbuddets personale, efter dansk rets almindelige regler. For skader, som eleven forvolder, gælder forældrenes ansvar efter de almindelige regler.

§ 7. Behandling af personoplysninger
(1) Tilbuddet behandler personoplysninger om eleven og familien i overensstemmelse med databeskyttelsesforordningen. Parterne indgår en databehandleraftale for de opgaver, Tilbuddet løser på Kommunens vegne.
(2) Eleven følger skolens ordensregler, og forældrene orienteres om konflikter i skoletiden. Skolens personale fører tilsyn med eleverne i frikvartererne.

§ 8. Opsigelse
(1) Kontrakten kan opsiges af Kommunen med 3 måneders varsel og af Tilbuddet med 6 måneders varsel, begge til udgangen af en måned.
(2) Ved væsentlig misligholdelse kan kontrakten ophæves af den anden part.

§ 9. Tvister
(1) Tvister afgøres efter dansk ret ved Retten i Hillerød.

Dato og underskrift
For Tilbuddet: ______________        For Kommunen: ______________`,
    topics: [
      'quality-agreement',
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'add-on-services',
      'settlement',
      'insurance',
      'liability',
      'data-protection',
      'termination',
    ],
  },
  {
    id: 'lupinhuset-107',
    offer: 'adult',
    text: `KONTRAKT OM MIDLERTIDIGT OPHOLD – LUPINHUSET
Midlertidigt botilbud efter servicelovens § 107

Parter
Leverandør: Lupinhuset ApS, Lupinvej 14, 4700 Næstved, CVR 41 22 87 19
Køber: Vordingborg Kommune, Social og Sundhed (handle- og betalingskommune)
Borger: Borgeren er identificeret i kommunens afgørelse af 12. januar 2026.

1. Formål
1.1 Opholdet skal give borgeren ro og struktur efter udskrivning fra psykiatrien og gøre borgeren parat til egen bolig med støtte.
1.2 Indsatsen tilrettelægges ud fra kommunens bestilling og borgerens egne mål.

2. Ikrafttræden og varighed
2.1 Kontrakten gælder fra indflytningen den 2. februar 2026.
2.2 Opholdet er midlertidigt og forventes at vare omkring 12 måneder; kontrakten løber, indtil den bringes til ophør efter pkt. 9.

3. Pris
3.1 Betalingen udgør 2.680 kr. pr. døgn.
3.2 Prisen dækker værelse med eget bad, fælles måltider, døgnbemanding med mindst to medarbejdere i dagtimerne og én sovende nattevagt samt 6 timers individuel pædagogisk støtte om ugen.
3.3 Nattevagten fører tilsyn på fællesarealerne efter behov; der er ikke vågen nattevagt.
3.4 Beløbet i pkt. 3.1 justeres hvert år pr. 1. januar med den pris- og lønudvikling, som regeringen og KL har aftalt i den seneste økonomiaftale.

4. Ydelser ud over grundprisen
4.1 Ønsker kommunen støtte ud over de 6 ugentlige timer, f.eks. ledsagelse til retsmøder eller en ekstra medarbejder i perioder med uro, leveres det efter skriftlig aftale og faktureres med 465 kr. pr. påbegyndt time.
4.2 I de første 8 uger efter indflytning tilkøbes yderligere 10 timer om ugen til en forhøjet døgnpris på 3.340 kr. Perioden slutter automatisk efter 8 uger, medmindre parterne ved et møde i uge 7 aftaler at forlænge den skriftligt.

5. Beboerens egne udgifter
5.1 Borgeren betaler selv kost med 2.150 kr. om måneden samt el efter forbrug. Beløbene opkræves af kommunen efter servicelovens § 163 og er ikke indeholdt i døgnprisen.
5.2 Tøj, medicin, fritidsaktiviteter og telefon betales af borgeren.

6. Fravær
6.1 Ved indlæggelse på sygehus betales fuld døgnpris i op til 14 dage, derefter 60 %, så længe pladsen holdes.
6.2 Ved ferie eller besøg hos familie betales fuld døgnpris.

7. Betaling
7.1 Lupinhuset sender faktura den 1. i hver måned for den forløbne måned. Fakturaen angiver borgerens initialer, perioden, antal døgn og eventuelle ekstra timer.
7.2 Betaling sker senest 30 dage efter fakturadato.

8. Samarbejde
8.1 Senest 6 uger efter indflytning holdes et møde med borger, sagsbehandler og kontaktperson om handleplanens mål.
8.2 Derefter sender Lupinhuset hver tredje måned en skriftlig status på målene og holder et opfølgningsmøde med kommunen.
8.3 Vi lægger vægt på kvalitet og faglighed i alle dele af hverdagen.

9. Ophør
9.1 Hver af parterne kan opsige kontrakten skriftligt med 30 dages varsel til den 1. i en måned.
9.2 Ophævelse uden varsel kan kun ske ved væsentlig misligholdelse.

Næstved, den 20. januar 2026
For Lupinhuset ApS: Tove Marstrand, forstander
For Vordingborg Kommune: __________________`,
    topics: [
      'rate',
      'rate-basis',
      'price-regulation',
      'add-on-services',
      'special-rate',
      'own-payment',
      'absence',
      'settlement',
      'term',
      'follow-up',
      'termination',
    ],
  },
];
