// The last of the twenty-seven provider-written contracts of the eighth tuning set (see `tuningEighth.ts`).
import type { ProviderContract } from './types';

export const EIGHTH_TUNING_REST: ProviderContract[] = [
  {
    id: 'bjergtoppen-opholdssted',
    offer: 'children',
    text: `Bjergtoppen – nøglepunkter til kontrakten
- Målgruppe: børn 6-13 år med tilknytningsforstyrrelser, 6 pladser
- Døgnpris: 4.950 kr.
- Normering: 1,4 fuldtidsstillinger pr. barn; den interne skole er ikke med i døgnprisen
- Intern skole: særskilt pris 1.310 kr. pr. skoledag; skoledelen er godkendt ved kvalitetsaftale med Frederikshavn Kommune
- Indlæggelse eller ferie hos forældrene: fuld døgnpris de første 30 dage, derefter efter aftale
- Magtanvendelse, rømning og skader: besked til den anbringende kommune inden 24 timer
- Statusrapport: hver 3. måned det første år, derefter hvert halve år
- Ophør: 30 dages varsel, gensidigt
- Persondata: vi er selvstændig dataansvarlig; journalen føres i et system med adgangsstyring og logning`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'quality-agreement',
      'absence',
      'duty-to-report',
      'follow-up',
      'termination',
      'data-protection',
    ],
  },
  {
    id: 'vindrosen-boerne-og-ungehjem',
    offer: 'children',
    text: `GENERELLE LEVERINGSBETINGELSER FOR VINDROSEN BØRNE- OG UNGEHJEM A/S

1.1 Disse leveringsbetingelser finder anvendelse på enhver anbringelse af børn og unge på Vindrosen, medmindre andet er skriftligt aftalt mellem Vindrosen og den anbringende kommune, og udgør sammen med kommunens afgørelse og den individuelle bestillingsseddel det samlede aftalegrundlag.

2.1 Aftalen træder i kraft ved barnets eller den unges ankomst og løber indtil anbringelsens ophør.
2.2 Hver af parterne kan opsige aftalen med et varsel på 60 dage. Kommunen hæfter for betaling i varslingsperioden, uanset om den unge fraflytter forinden.

3.1 Døgntaksten udgør 5.240 kr. (2025-niveau).
3.2 Vindrosen er berettiget til at regulere taksten med virkning fra den 1. januar hvert år.
3.3 Ydelser, der ikke er omfattet af den individuelle bestilling, herunder eneskærmning, ledsagelse og psykologbistand, faktureres efter medgået tid til Vindrosens til enhver tid gældende timesatser.

4.1 Vindrosen bærer intet ansvar for skader, som den anbragte forvolder på tredjemands person eller ejendom, og kommunen friholder Vindrosen for ethvert krav herfor.
4.2 Vindrosen er dækket af en lovpligtig arbejdsskadeforsikring.

5.1 Fakturering sker forud for hver måned. Ved betaling efter forfald beregnes morarente efter renteloven.

6.1 Ved fravær af enhver art, herunder rømning, indlæggelse og samvær, betales fuld takst.

7.1 Vindrosen overholder til enhver tid gældende lovgivning, herunder om tilsyn, underretning og databeskyttelse.`,
    topics: [
      'term',
      'termination',
      'rate',
      'price-regulation',
      'add-on-services',
      'liability',
      'insurance',
      'settlement',
      'absence',
    ],
  },
  {
    id: 'mariehoenen-aflastning',
    offer: 'children',
    text: `MARIEHØNEN – aflastning, kort fortalt
* 4 pladser til børn på 3-12 år med fysisk og psykisk funktionsnedsættelse
* Døgnpris 3.075 kr.; heraf går ca. 400 kr. til sygeplejefaglig støtte, resten til pædagogisk personale, kost og drift
* Aftalen starter ved første ophold og gælder et år ad gangen; den fornyes automatisk
* Personalet er social- og sundhedsassistenter og pædagoger; børneattest hentes, før nogen får første vagt
* Vi ringer til forældrene efter hvert ophold og fortæller, hvordan weekenden er gået
* Socialtilsyn Nord kommer på uanmeldt besøg ca. én gang om året; seneste rapport ligger på Tilbudsportalen
* Forsikring: ingen særlige forhold`,
    topics: ['rate', 'rate-basis', 'term', 'criminal-record', 'supervision'],
  },
  {
    id: 'odderen-akutplads',
    offer: 'children',
    text: `Emne: Akutanbringelse bekræftet – Odderen

Kære Mikkel

Jeg bekræfter hermed, at Odderen modtager den unge (15 år) på akutpladsen i aften kl. 19. Pladsen er aftalt for 4 uger, hvorefter I tager stilling til, hvad der skal ske.

Akutprisen er 5.480 kr. pr. døgn de første 14 døgn og derefter 4.350 kr. pr. døgn. Den høje pris gælder kun, mens den unge er i den mest intensive fase.

Hver fredag lægger vi en kort skriftlig status på målene for opholdet i jeres digitale postkasse, og vi deltager i afslutningsmødet.

Hvis den unge stikker af, ringer vi med det samme til politiet og til jeres døgnvagt.

Regningen kommer, når opholdet er slut.

Mvh
Pernille Dam, leder`,
    topics: ['term', 'rate', 'special-rate', 'follow-up', 'duty-to-report', 'settlement'],
  },
  {
    id: 'grankoglen-udslusning',
    offer: 'children',
    text: `Grankoglen Unge – takstredegørelse for udslusningspladser (unge 16-17 år)

Månedspris pr. ung: 64.500 kr.
Sådan er prisen sammensat (pr. måned):
  Pædagogisk personale (0,8 stilling pr. ung) ........ 41.200 kr.
  Nattevagt (rådighedsvagt, delt) ..................... 6.300 kr.
  Værelse, fælleslokaler og drift ..................... 7.400 kr.
  Kost, tøj- og lommepenge ............................ 5.100 kr.
  Ledelse og administration ........................... 4.500 kr.

Det, der ikke er med: psykologbehandling og kørekort, som vi kun køber ind efter aftale med rådgiveren og viderefakturerer uden avance.

Prisen gælder for 2025. Fra årsskiftet tilpasses den med den PL-procent, der står i økonomiaftalen mellem regeringen og KL.

Ved længere fravær, fx et ophold på efterskole, aftales en nedsat pris for perioden.

Den unge og vi laver sammen ungeplanen fra 16 år, og hvert halve år sender vi rådgiveren en status på planens mål.

Grankoglen er godkendt af socialtilsynet og havde senest tilsynsbesøg i marts 2025.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'price-regulation', 'absence', 'follow-up', 'supervision'],
  },

  // ---- Day treatment, special schools and activity offers ----
  {
    id: 'uglereden-behandlingsskole',
    offer: 'day-treatment',
    text: `Aftale om plads i Uglereden, behandlings- og specialundervisningstilbud

§ 1 Grundlag
Eleven er visiteret efter barnets lov § 32, stk. 1, nr. 5, og folkeskolelovens § 3, stk. 2. Uglereden er godkendt af Roskilde Kommune som beliggenhedskommune ved kvalitetsaftale af 14. juni 2024.

§ 2 Start
Eleven begynder den 11. august 2025. Aftalen gælder for skoleåret og forlænges et skoleår ad gangen, medmindre den opsiges.

§ 3 Pris
Prisen for undervisning og behandling er 1.640 kr. pr. skoledag (200 skoledage om året). Heri indgår lærer- og behandlertimer, familiesamtaler hver anden uge, materialer og frokost.

§ 4 Opsigelse
Aftalen kan opsiges af begge parter med 3 måneders varsel til den 1. i en måned.

§ 5 Betaling
Der faktureres for 10 måneder om året, den 1. i måneden, med betaling senest 30 dage efter.

§ 6 Elevmøder
Der holdes statusmøde med forældre, PPR og sagsbehandler tre gange om året om elevens mål.

§ 7 Oplysninger om eleven
Uglereden er dataansvarlig for elevens skole- og behandlingsjournal og behandler oplysningerne efter databeskyttelsesforordningen. Skolens it-leverandør er databehandler.`,
    topics: [
      'quality-agreement',
      'term',
      'rate',
      'rate-basis',
      'termination',
      'settlement',
      'follow-up',
      'data-protection',
    ],
  },
  {
    id: 'kajakken-dagbehandling',
    offer: 'day-treatment',
    text: `Hej, og tak fordi I overvejer Kajakken

Kajakken er et lille dagbehandlingstilbud i Helsingør for 12 drenge og piger i 4.-9. klasse, som har brug for ro, struktur og voksne, der bliver.

En plads koster 39.800 kr. om måneden i 11 måneder (juli er betalingsfri). For det får barnet skole og behandling i samme hus, to lærere og en pædagog pr. seks elever, et varmt måltid hver dag og vores arbejde med familien.

Hvert år i januar justerer vi prisen efter pris- og lønudviklingen.

Er et barn sygt eller hjemme i en periode, betaler kommunen det samme, for pladsen står klar.

Vi har en kvalitetsaftale med Helsingør Kommune, og I er velkomne til at få den tilsendt.

I frikvartererne fører to voksne altid tilsyn i gården, så ingen står alene.

Kærlig hilsen
Kajakkens personale`,
    topics: ['rate', 'rate-basis', 'price-regulation', 'absence', 'quality-agreement'],
  },
  {
    id: 'vaerkstedsgaarden-aktivitetstilbud',
    offer: 'day-treatment',
    text: `Værkstedsgården – aktivitets- og samværstilbud efter servicelovens § 104
Takster pr. 1. januar 2025

Heldag (kl. 8.30-15.00) .................... 845 kr.
Halvdag (højst 3,5 time) ................... 510 kr.
Tillæg for 1:1-støtte ...................... 375 kr. pr. time
Frokost .................................... 42 kr. pr. dag, betales af deltageren selv
Kørsel mellem hjem og værksted ............. ikke indeholdt; aftales med kommunens kørselskontor

Betingelser
• Taksterne omfatter værkstedsaktiviteter (træ, keramik, køkken), materialer og én medarbejder pr. fem deltagere.
• Afbud senest kl. 8 samme dag; ellers betales for en halvdag.
• Vi holder lukket i juli og mellem jul og nytår; lukkedage betales ikke.
• Faktura sendes månedsvis bagud.
• Opsigelse: løbende måned + 1 måned.
• Deltagernes egne ting er ikke forsikret hos os.`,
    topics: [
      'rate',
      'add-on-services',
      'own-payment',
      'rate-basis',
      'absence',
      'settlement',
      'termination',
      'insurance',
    ],
  },
  {
    id: 'fuglesangen-specialskole',
    offer: 'day-treatment',
    text: `Emne: Optagelse på Fuglesangen pr. 2. februar

Kære Susanne

Det glæder os at bekræfte, at Malthe kan starte i 3. klasse på Fuglesangen mandag den 2. februar 2026 – vi ses kl. 8.

Prisen for et skoleår står i det prisblad, I fik med vores tilbud; vi fakturerer den med en tolvtedel hver måned, og ved start midt i året betales forholdsmæssigt.

Vi minder om, at forældrene selv står for madpakke og for udgifterne til lejrskolen i 6. klasse.

Som altid gælder det, at vi giver kommunen besked, hvis vi bliver bekymrede for et barns trivsel eller udvikling.

Vi holder forældremøde i marts, hvor I hører om klassens planer for foråret.

Mange hilsner
Kirstine, skolesekretær`,
    topics: ['term', 'settlement', 'own-payment', 'duty-to-report'],
  },
  {
    id: 'broen-stu',
    offer: 'day-treatment',
    text: `Broen STU – vilkår i punktform
- Uddannelse: særligt tilrettelagt ungdomsuddannelse, 840 undervisningstimer om året
- Pris: 22.900 kr. pr. måned, 12 måneder om året
- Heri: undervisning, praktikforløb med støtte, materialer og fælles ture; transport er ikke med
- Brug for ekstra støtte i opstarten: 4.500 kr. pr. måned oveni i højst 3 måneder, vurderes igen på første statusmøde
- Statusmøde med den unge og vejlederen hvert halve år med skriftlig evaluering af uddannelsesplanen
- Ved sygdom ud over 4 uger kan kommunen sætte betalingen på pause fra 5. uge
- Prisregulering: ingen, så længe den unge er i uddannelsen
- Elevens personoplysninger: se vores privatlivspolitik på hjemmesiden
- Broen indhenter børneattest og straffeattest på alle ansatte`,
    topics: ['rate', 'rate-basis', 'special-rate', 'follow-up', 'absence', 'price-regulation', 'criminal-record'],
  },
  {
    id: 'hesteengen-behandlingsskole',
    offer: 'day-treatment',
    text: `Rammeaftale om køb af pladser i behandlings- og specialundervisningstilbuddet Hesteengen

Præambel. Hesteengen ApS (CVR 39 81 22 04) driver et behandlings- og specialundervisningstilbud efter lov nr. 1532 af 12. december 2023 for børn og unge i alderen 7-16 år. Tilbuddet er godkendt ved en kvalitetsaftale med beliggenhedskommunen, Holbæk Kommune, som årligt følger op på aftalens krav.

Punkt 1. Aftalen gælder fra den 1. august 2025 til den 31. juli 2027 og kan forlænges skriftligt.

Punkt 2. Kommunen betaler 1.520 kr. pr. indskrevet elev pr. skoledag. Der betales ikke for ferie- og fridage, men der betales for elevens sygedage og anden udeblivelse.

Punkt 3. Prisen reguleres den 1. januar med den sats for pris- og lønudvikling, der følger af den seneste økonomiaftale, første gang den 1. januar 2026.

Punkt 4. Ingen af parterne kan ophæve aftalen uden væsentlig misligholdelse. Den enkelte elevs plads kan opsiges med to måneders varsel.

Punkt 5. Hesteengen indhenter børneattest på alle ansatte og frivillige og fornyer attesterne hvert andet år.

Punkt 6. Hesteengen giver kommunen meddelelse om væsentlige hændelser, herunder magtanvendelse, skader og længerevarende fravær, senest næste hverdag.

Punkt 7. Hesteengen er ansvarlig for skader forvoldt ved fejl eller forsømmelse begået af dets personale, herunder under rideundervisningen, og har tegnet ansvarsforsikring med en dækning på 10 mio. kr.

Punkt 8. Hesteengen sender forældrene og kommunen en skriftlig status på elevens mål to gange årligt.

Punkt 9. Tvister afgøres efter dansk ret ved Retten i Holbæk.`,
    topics: [
      'quality-agreement',
      'term',
      'rate',
      'absence',
      'price-regulation',
      'termination',
      'criminal-record',
      'duty-to-report',
      'liability',
      'insurance',
      'follow-up',
    ],
  },
  {
    id: 'lodsen-dagbehandling',
    offer: 'day-treatment',
    text: `AFTALESEDDEL – Lodsen Dagbehandling, Esbjerg
Elev (initialer): ____    Klassetrin: 7.    Startdato: 4. marts 2025
Visitation: barnets lov § 32, stk. 1, nr. 8, og folkeskolelovens § 3, stk. 2
Dagspris: 1.780 kr. pr. skoledag
Tilkøb: familiebehandling i hjemmet, 690 kr. pr. time
Forældrebetaling: ingen
Ferie: Lodsen følger Esbjerg Kommunes skoleferieplan
Opsigelse: 1 måned fra kommunen, 3 måneder fra Lodsen
Underskrifter: ______________ (kommunen)    ______________ (Lodsen)`,
    topics: ['term', 'rate', 'add-on-services', 'own-payment', 'termination'],
  },
  {
    id: 'havrevangen-dagskole',
    offer: 'day-treatment',
    text: `Havrevangen Dagskole – priser skoleåret 2025/26

Grundpris, specialundervisning 0.-10. klasse ...... 27.600 kr. pr. måned (12 rater)
Behandlingspakke (psykolog og ugentlig familiesamtale) ... + 9.400 kr. pr. måned
Morgenmodul kl. 7-8 ............................... + 1.250 kr. pr. måned
Fritidsdel efter skoletid ......................... + 2.100 kr. pr. måned

Grundprisen dækker undervisning i klasser på højst 6 elever med 2 voksne, it-udstyr, materialer og ture i nærområdet.
Tilvalgsmodulerne faktureres sammen med grundprisen kvartalsvis forud; betalingsfrist 21 dage.
Priserne fastsættes for et skoleår ad gangen, og de nye priser meddeles senest 1. maj før skoleårets start.
Havrevangen er godkendt ved kvalitetsaftale med Køge Kommune.`,
    topics: ['rate', 'add-on-services', 'rate-basis', 'settlement', 'price-regulation', 'quality-agreement'],
  },
  {
    id: 'cykelsmedjen-beskaeftigelse',
    offer: 'day-treatment',
    text: `Cykelsmedjen – samarbejdsaftale om beskyttet beskæftigelse (servicelovens § 103)

Hvem er vi? Et socialøkonomisk værksted i Odense, hvor 20 borgere reparerer og sælger brugte cykler.

Pris: 9.850 kr. om måneden for en plads på fuld tid (op til 30 timer om ugen), 5.400 kr. for deltid.
Vi fakturerer pladsprisen månedsvis bagud.
Aftalen begynder den dag, borgeren møder første gang, og gælder, indtil den afsluttes.
Afslutning: skriftligt med en måneds varsel fra begge sider.
Hver borger har en fast mentor, og to gange om året holder vi udviklingssamtale med borgeren og kommunens rådgiver om målene for beskæftigelsen.
Vores værkstedsleder fører tilsyn med værktøj og sikkerhed hver morgen.
Borgeren er dækket af vores arbejdsskadeforsikring, mens han eller hun er på værkstedet.
Vi gemmer kun de oplysninger om borgeren, vi har brug for, og sletter dem et år efter, at borgeren er stoppet.`,
    topics: ['rate', 'settlement', 'term', 'termination', 'follow-up', 'insurance', 'data-protection'],
  },
];
