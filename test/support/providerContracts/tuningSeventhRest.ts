// The last nine of the eighteen provider-written contracts of the seventh tuning set (see `tuningSeventh.ts`).
import type { ProviderContract } from './types';

export const SEVENTH_TUNING_REST: ProviderContract[] = [
  {
    id: 'stormfuglen-akutmodtagelse',
    offer: 'children',
    text: `Stormfuglen – akutmodtagelse for børn og unge 12-17 år
Priser gældende for kalenderåret 2025

Akutplads, døgn 1-14 ........................ 4.800 kr. pr. døgn
Udredningsplads fra døgn 15 .................. 4.200 kr. pr. døgn
Ekstra voksen ved særlig uro ................. 465 kr. i timen
Kørsel til og fra samvær ...................... 3,80 kr. pr. km + medarbejdertid efter timeprisen ovenfor

Priserne bygger på to voksne på arbejde døgnet rundt til højst fire børn; mad, tøj i akutsituationen og lægebesøg er med.
Stikker den unge af, betales pladsen i op til 5 døgn, så længe vi holder den.
Den unge kan flytte fra os uden varsel; selve flyttedagen betales dog.
Vi sender regning hver 14. dag.`,
    topics: ['rate', 'rate-basis', 'add-on-services', 'absence', 'termination', 'settlement'],
  },
  {
    id: 'humlebien-aflastning',
    offer: 'children',
    text: `Humlebien Aflastning – aftalepunkter
• Aflastning i aflastningsfamilie 4 døgn om måneden, typisk to weekender
• Betaling: 2.150 kr. pr. døgn
• Kørsel mellem hjem og aflastningsfamilie: faktureres oveni efter statens lave kilometersats
• Periode: 1. februar 2025 – 31. januar 2026
• Ophør før tid: en måneds skriftligt varsel fra begge sider
• Aflastningsfamilierne er godkendt af Socialtilsyn Hovedstaden
• Familier og konsulenter har alle afleveret børneattest
• Hvert halve år: statussamtale med forældre og rådgiver om barnets udvikling
• Bekymring for barnet: konsulenten giver rådgiveren besked samme dag
• Kvalitet: sikres gennem fast sparring og kurser for familierne`,
    topics: [
      'rate',
      'add-on-services',
      'term',
      'termination',
      'supervision',
      'criminal-record',
      'follow-up',
      'duty-to-report',
    ],
  },
  {
    id: 'skjoldhoej-boernehjem',
    offer: 'children',
    text: `KONTRAKT OM ANBRINGELSE PÅ SKJOLDHØJ BØRNE- OG UNGEHJEM
mellem Fonden Skjoldhøj (»Børnehjemmet«) og den anbringende kommune, der tillige er betalingskommune (»Kommunen«), vedrørende det i bilag A nævnte barn (»Barnet«)

Art. 1. Kontrakten har virkning fra Barnets indskrivning den 7. april 2025 og gælder, indtil anbringelsen ophører.
Art. 2. Kommunen betaler 3.960 kr. pr. døgn for Barnets ophold.
Art. 3. Døgnprisen tillægges hvert år pr. 1. januar den procentvise pris- og lønudvikling, der følger af den senest indgåede økonomiaftale.
Art. 4. Børnehjemmet udsteder faktura den første hverdag i hver måned for den forløbne måned. Betaling skal ske senest 30 dage efter fakturadato.
Art. 5. Børnehjemmet har tegnet erhvervsansvars-, arbejdsskade- og bygningsforsikring. Barnets egne ejendele er dækket af Børnehjemmets løsøreforsikring med en sum på op til 50.000 kr.
Art. 6. Forvolder Barnet skade på tredjemands person eller ting, bærer Børnehjemmet ansvaret, i det omfang skaden kan tilskrives mangelfuldt opsyn. Kommunen indestår ikke for Barnets handlinger.
Art. 7. Børnehjemmet er databehandler for Kommunen for så vidt angår oplysninger, der modtages fra Kommunen, og parterne indgår en databehandleraftale herom efter databeskyttelsesforordningens artikel 28.
Art. 8. Parterne har indgået en kvalitetsaftale, som fastlægger krav til uddannelsesniveau, efteruddannelse, dokumentation og Barnets skolegang. Aftalen evalueres på et årligt møde.
Art. 9. Børnehjemmet er godkendt af Socialtilsyn Syd efter socialtilsynsloven og skal straks fremsende nye tilsynsrapporter til Kommunen.
Art. 10. Børnehjemmet skal underrette Kommunen om alvorlige hændelser, herunder magtanvendelser, bortløb, vold og indlæggelser, senest dagen efter hændelsen, jf. tillige barnets lov § 133.
Art. 11. Spørgsmål om lommepenge, beklædning og gaver afgøres i Barnets plan og er ikke reguleret i denne kontrakt.
Art. 12. Opsiges kontrakten, fordi anbringelsen ophører eller Barnet flyttes, betales døgnprisen i en opsigelsesperiode på 30 dage. Børnehjemmet kan kun opsige med tre måneders varsel og skal medvirke til en plan for Barnets overgang.
Art. 13. Tvister søges løst ved forhandling; kan enighed ikke opnås, afgøres tvisten af de almindelige domstole.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'settlement',
      'insurance',
      'liability',
      'data-protection',
      'quality-agreement',
      'supervision',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'ravnsborg-dagbehandling',
    offer: 'day-treatment',
    text: `Samarbejdsaftale om dagbehandling og specialundervisning – Ravnsborg Dagbehandling
1. Formål: Behandlings- og specialundervisningstilbud for elever i 3.-9. klasse efter lov om behandlings- og specialundervisningstilbud til børn og unge, på grundlag af kommunens afgørelser efter barnets lov § 32 og folkeskolelovens § 3, stk. 2.
2. Eleven begynder ved skoleårets start mandag den 11. august 2025.
3. Prisen er 1.890 kr. pr. skoledag, 200 skoledage om året.
4. Prisen dækker undervisning, miljøterapi, frokost og en familiesamtale om ugen. Skolekørsel er ikke med og aftales af kommunen med kørselskontoret.
5. Er eleven syg, betales prisen fuldt. Ved sammenhængende sygdom ud over 10 skoledage tager parterne betalingen op.
6. Tre gange om året holdes statusmøde med forældre, skole og rådgiver; Ravnsborg sender en skriftlig beskrivelse af elevens udvikling en uge før mødet.
7. Aftalen kan opsiges af begge parter med tre måneders varsel til udgangen af et kvartal.
8. Kvaliteten i undervisningen er vores stolthed – alle lærere har linjefag i de fag, de underviser i.`,
    topics: ['term', 'rate', 'rate-basis', 'absence', 'follow-up', 'termination'],
  },
  {
    id: 'lindetraeet-specialskole',
    offer: 'day-treatment',
    text: `Lindetræet Specialskole – priser og betingelser, skoleåret 2025/26

Basisplads (klasse med 6 elever, 1 lærer og 1 pædagog hele skoledagen)  31.400 kr. pr. måned
Udvidet plads (klasse med 4 elever, 2 lærere og 1 pædagog)              38.900 kr. pr. måned
Tilkøb – fritidsmodul kl. 14-17                                           4.200 kr. pr. måned
Tilkøb – enkeltstående støttetimer                                         520 kr. pr. time
Overgangsstøtte ved skoleskift, højst 8 uger                             6.000 kr. pr. måned
  (stopper automatisk efter 8 uger; forlængelse kræver ny skriftlig aftale)

Betingelser
- Priserne reguleres hvert år pr. 1. august med den pris- og lønudvikling, der er aftalt i økonomiaftalen.
- Der betales for 11 måneder; juli er betalingsfri. Faktura udsendes den 5. i måneden med forfald den 20.
- Ferie, fridage og sygdom giver ikke nedslag i prisen.
- Udmeldelse sker skriftligt med to måneders varsel til den 1. i en måned.
- Elever, der har brug for tilsyn i frikvartererne, har en fast voksen med ud.`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'special-rate',
      'price-regulation',
      'settlement',
      'absence',
      'termination',
    ],
  },
  {
    id: 'pilegaarden-aktivitetstilbud',
    offer: 'day-treatment',
    text: `Kære Anne-Grethe

Tak fordi du har henvist Kasper til Pilegården. Vi er et aktivitets- og samværstilbud efter servicelovens § 104 med køkkenhave, værksted, høns og et par geder – og vi har allerede fundet en plads til ham ved hønsene.
Kasper kan begynde onsdag den 1. oktober og komme tre dage om ugen fra kl. 9 til 14.
En dag hos os koster 865 kr.
Frokosten koster 35 kr. om dagen, som Kasper selv betaler, og når vi tager på udflugt, betaler deltagerne selv deres entré.
Vi har en ansvarsforsikring og en ulykkesforsikring, der dækker deltagerne i værkstedet og på udflugter.
Hvert halve år sender vi dig et kort notat om, hvordan det går med de mål, I har sat for Kasper.
Opsigelse? Det er vi heldigvis sjældent ude for – men ring endelig, hvis noget skal ændres.

De bedste hilsner
Torben, daglig leder`,
    topics: ['term', 'rate', 'own-payment', 'insurance', 'follow-up'],
  },
  {
    id: 'trinbraettet-stu',
    offer: 'day-treatment',
    text: `Emne: Bekræftelse af optagelse på STU – Trinbrættet

Hej Søren
Hermed bekræfter vi, at Sara er optaget på vores særligt tilrettelagte ungdomsuddannelse fra mandag den 4. august 2025. Forløbet varer tre år.
Prisen er 14.200 kr. om måneden alle tolv måneder.
Når Sara er i praktik, løber prisen videre, fordi vi følger hende ude på praktikstedet. Sommerferien er heller ikke betalingsfri.
I får regning en gang i kvartalet bagud.
Oplysninger fra jer om Sara gemmer vi i vores elevsystem, hvor kun hendes team har adgang, og vi sletter dem fem år efter, at forløbet er slut.
Udebliver Sara tre dage i træk uden at melde fra, kontakter vi dig.
Særtakst er ikke aktuelt for Sara.

Venlig hilsen
Marianne Bech, uddannelsesvejleder, Trinbrættet`,
    topics: ['term', 'rate', 'absence', 'settlement', 'data-protection', 'duty-to-report'],
  },
  {
    id: 'klitrosen-dagbehandling',
    offer: 'day-treatment',
    text: `Klitrosen Dagbehandling (6-12 år) – vilkår i korte træk
- Månedspris: 42.750 kr.
- Normering: 1 voksen pr. 2 børn; skole kl. 8-14, behandlingsgrupper kl. 14-15.30; frokost og eftermiddagsmad er med
- Godkendelse: kvalitetsaftale med Varde Kommune som beliggenhedskommune; mål for trivsel, fremmøde og faglig progression gennemgås en gang om året
- NB: Socialtilsynet godkender ikke længere dagbehandlingstilbud
- Ansatte: børneattest og straffeattest før første arbejdsdag
- Journal: digital, adgangsstyret, databehandleraftale med henvisende kommune
- Bekymring for et barn: underretning til barnets kommune efter barnets lov § 133
- Forsikring: se vores hjemmeside`,
    topics: ['rate', 'rate-basis', 'quality-agreement', 'criminal-record', 'data-protection', 'duty-to-report'],
  },
  {
    id: 'soelyst-behandlingsskole',
    offer: 'day-treatment',
    text: `OVERENSKOMST OM BEHANDLINGS- OG SPECIALUNDERVISNINGSTILBUD
Søllyst Behandlingsskole ApS (»Skolen«) og den visiterende kommune (»Kommunen«) har indgået nærværende overenskomst vedrørende den i bilag 1 anførte elev (»Eleven«) på følgende vilkår:
Pkt. 1. Overenskomsten har virkning fra og med den 4. november 2025 og løber for et skoleår ad gangen, således at den forlænges stiltiende, medmindre den forinden er bragt til ophør efter pkt. 8.
Pkt. 2. Kommunen erlægger et vederlag på 2.140 kr. pr. skoledag, hvor Eleven er indskrevet.
Pkt. 3. Vederlaget justeres pr. 1. januar hvert år med den procentsats for pris- og lønudviklingen, som følger af den seneste aftale om kommunernes økonomi.
Pkt. 4. Såfremt Eleven efter Skolens faglige vurdering har behov for en ekstraordinær indsats, kan der efter forudgående skriftlig godkendelse fra Kommunen aftales et tillæg til vederlaget for en nærmere angivet periode, dog højst tre måneder ad gangen. Tillæggets fortsatte berettigelse vurderes ved hver periodes udløb.
Pkt. 5. Skolen fremsender faktura månedsvis bagud. Betalingsfristen er 30 dage fra fakturaens modtagelse.
Pkt. 6. Skolen bærer ansvaret for skade, som Skolens personale forvolder, og for skade, Eleven forvolder i skoletiden, i det omfang den skyldes utilstrækkeligt opsyn. For øvrig skade forvoldt af Eleven gælder dansk rets almindelige regler.
Pkt. 7. Skolen opretholder erhvervsansvarsforsikring og kollektiv ulykkesforsikring for elever i skoletiden.
Pkt. 8. Overenskomsten kan af hver af parterne opsiges skriftligt med et varsel på to måneder til udgangen af en måned.
Pkt. 9. Skolen udarbejder halvårlige statusrapporter om Elevens faglige og sociale udvikling målt op imod målene i Elevens plan og deltager i opfølgningsmøder, som Kommunen indkalder til.
Pkt. 10. Parternes behandling af personoplysninger reguleres ikke af denne overenskomst.
Pkt. 11. Ændringer i overenskomsten skal ske skriftligt for at være gyldige.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'special-rate',
      'settlement',
      'liability',
      'insurance',
      'termination',
      'follow-up',
    ],
  },
];
