// More of the sixty provider-written contracts held out from the tuning (see `heldOutSixth.ts`).
import type { ProviderContract } from './types';

export const HELD_OUT_SIXTH_THIRD: ProviderContract[] = [
  {
    id: 'akvariet-dagbehandling',
    offer: 'day-treatment',
    text: `KONTRAKT OM DAGBEHANDLING – AKVARIET

1. Ydelsen
Akvariet giver dagbehandling med skoletilbud til barnet alle skoledage fra kl. 8.15 til 14.30, samt familiesamtaler hver anden uge.

2. Start og varighed
Barnet starter den 9. august 2027. Forløbet bevilges for et skoleår ad gangen.

3. Pris
3.1 Månedsprisen er 46.300 kr. i 12 måneder om året.
3.2 Prisen dækker undervisning og behandling med 1 voksen pr. 2 elever, psykologtid til familiesamtaler, frokost og materialer.
3.3 Prisen reguleres den 1. januar med KL's pris- og lønskøn.

4. Sygdom og fravær
4.1 Der betales fuld månedspris, også når barnet er sygt eller på ferie.
4.2 Fravær fra undervisningen registreres dagligt og meddeles forældrene samme dag.

5. Betaling
Faktura udstedes månedsvis forud og betales senest den 15.

6. Opfølgning
Hver tredje måned holdes statusmøde med forældre, rådgiver og skolens PPR med udgangspunkt i barnets behandlingsmål.

7. Underretning
Akvariet underretter kommunen, hvis der opstår bekymring for barnets forhold i hjemmet, jf. den skærpede underretningspligt.

8. Ansatte
Der indhentes børneattest på alle ansatte inden ansættelse.

9. Ophør
Aftalen kan opsiges af begge parter med 3 måneders varsel til et kvartals udgang.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'follow-up',
      'duty-to-report',
      'criminal-record',
      'termination',
    ],
  },
  {
    id: 'bryggen-specialskole',
    offer: 'day-treatment',
    text: `Bryggen Specialskole – elevpriser skoleåret 2027/28

Grundpris pr. elev                 38.900 kr. pr. måned (12 måneder)
Udvidet støtte (særlige behov)     52.100 kr. pr. måned
Ekstra støttetimer                 460 kr. pr. time, efter skriftlig rekvisition
Fritidsdel (SFO) 14-17             4.200 kr. pr. måned

Vilkår
• Priserne reguleres pr. 1. januar med den procentsats, KL udmelder for pris- og lønudvikling.
• Optagelse sker ved skoleårets start den 1. august eller efter aftale, og pladsen gælder et skoleår ad gangen.
• Udmeldelse kræver 3 måneders varsel til udgangen af en måned.
• Faktura udsendes kvartalsvis forud, betaling netto 30 dage.
• Befordring til og fra skolen arrangeres af kommunen og er ikke en del af prisen.`,
    topics: ['rate', 'add-on-services', 'price-regulation', 'term', 'termination', 'settlement'],
  },
  {
    id: 'duggen-behandlingsskole',
    offer: 'day-treatment',
    text: `AFTALE OM SKOLE- OG BEHANDLINGSTILBUD
Behandlingsskolen Duggen (Skolen) og bopælskommunen (Kommunen)

§ 1 Formål
Skolen giver eleven undervisning efter folkeskolens fagrække tilrettelagt i små hold samt individuel behandling efter den af Kommunen godkendte plan.

§ 2 Periode
Eleven optages fra den 16. august 2027. Aftalen er gældende til udgangen af skoleåret 2028/29, hvorefter den kan forlænges for et år ad gangen.

§ 3 Betaling for pladsen
Stk. 1. For pladsen betales 2.460 kr. pr. skoledag, svarende til 200 skoledage årligt.
Stk. 2. Beløbet er beregnet ud fra en lærer- og pædagognormering på 1:2,5, en behandlingstime om ugen pr. elev, skolens psykolog og børnepsykiatrisk supervision til personalet, samt lokaler, materialer og frokost.

§ 4 Forhøjet betaling i en periode
Stk. 1. Har eleven i en periode brug for massiv støtte, kan Parterne aftale en forhøjet dagspris for op til 12 uger.
Stk. 2. Aftalen om forhøjet betaling skal være skriftlig, angive slutdato og evalueres af Parterne senest to uger før udløb.

§ 5 Elevens fravær
Stk. 1. Ved sygdom og anden enkeltstående fravær betales uændret.
Stk. 2. Er eleven væk i mere end 20 sammenhængende skoledage, aftaler Parterne, om pladsen skal holdes, og i så fald til hvilken pris.

§ 6 Fakturering
Stk. 1. Skolen fakturerer Kommunen to gange om året, i august og januar, for det kommende halvår. Betalingsfrist 30 dage.

§ 7 Kvalitet
Stk. 1. Skolen udarbejder årligt en kvalitetsrapport til sin bestyrelse.

§ 8 Ansvar
Stk. 1. Skolen er erstatningsansvarlig for skader, som skolens ansatte forvolder på eleven eller elevens ejendele under skoledagen, efter dansk rets almindelige regler.
Stk. 2. Kommunen har intet ansvar for skader på Skolens bygninger og inventar.

§ 9 Forsikringsforhold
Stk. 1. Skolen har tegnet erhvervsansvarsforsikring og kollektiv ulykkesforsikring, som dækker eleverne i skoletiden og på ture.

§ 10 Tilsyn
Stk. 1. Skolens behandlingsdel er godkendt og under tilsyn af Socialtilsyn Øst. Undervisningsdelen er under tilsyn af beliggenhedskommunen.

§ 11 Børneattester
Stk. 1. Skolen indhenter børneattest for alle ansatte, vikarer og praktikanter og fornyer den hvert andet år.

§ 12 Opsigelse
Stk. 1. Aftalen kan opsiges af hver af Parterne med 3 måneders varsel.
Stk. 2. Overflytning til andet skoletilbud i løbet af skoleåret sker i samråd med forældrene.

§ 13 Forældresamarbejde
Stk. 1. Forældrene inviteres til skole-hjem-samtale to gange årligt og kan altid kontakte elevens kontaktlærer.

§ 14 Tvister
Stk. 1. Tvister afgøres ved Skolens hjemting.`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'special-rate',
      'absence',
      'settlement',
      'liability',
      'insurance',
      'supervision',
      'criminal-record',
      'termination',
    ],
  },
  {
    id: 'egestammen-stu',
    offer: 'day-treatment',
    text: `Emne: Optagelse på Egestammen STU – bekræftelse

Kære Jakob og kære UU-vejleder

Vi bekræfter hermed, at Sara er optaget på vores treårige STU fra den 9. august 2027.

Prisen er 198.000 kr. pr. år inkl. praktikforløb og undervisningsmaterialer. Vi fakturerer kommunen kvartalsvis forud med 30 dages betalingsfrist.

Sara betaler selv for frokost i kantinen (ca. 30 kr. om dagen) og for studieturen på andet år, som koster omkring 2.500 kr.

Sammen med Sara laver vi en uddannelsesplan i de første 12 uger. Planen evalueres hvert halve år på et møde med Sara, hendes forældre, UU og sagsbehandleren, og vi skriver en kort status om, hvordan hun når sine mål.

Venlig hilsen
Studievejleder, Egestammen STU`,
    topics: ['term', 'rate', 'rate-basis', 'settlement', 'own-payment', 'follow-up'],
  },
  {
    id: 'fyrbakken-aktivitetstilbud',
    offer: 'day-treatment',
    text: `Fyrbakken – aktivitets- og samværstilbud (§ 104)
Åbent mandag-torsdag. Vi har værksted, køkkenhold, musik og gåture ved stranden.
For voksne med erhvervet hjerneskade eller udviklingshandicap.
– Dagspris: 895 kr. pr. fremmødedag (kl. 9-15)
– Kørsel i vores bus til og fra hjemmet: 210 kr. pr. dag, faktureres oven i dagsprisen
– Frokost: deltageren betaler selv 45 kr. pr. dag eller medbringer madpakke
– Sygedage: betales ikke, hvis afbud gives inden kl. 8
– Ophør: med 14 dages varsel`,
    topics: ['rate', 'add-on-services', 'own-payment', 'absence', 'termination'],
  },
  {
    id: 'gartneriet-beskaeftigelse',
    offer: 'day-treatment',
    text: `Hej fra Gartneriet!

Vi er et beskyttet beskæftigelsestilbud efter § 103, hvor 22 voksne arbejder med grøntsager, planteskole og gårdbutik.

Kommunen betaler 14.700 kr. om måneden for en fuldtidsplads. Det svarer til, at vi har én arbejdsleder pr. fem medarbejdere, en jobkonsulent, arbejdstøj og værktøj. Borgerne får en lille arbejdsdusør fra os efter de timer, de arbejder.

Alle, der arbejder hos os, er dækket af vores arbejdsskadeforsikring og vores ansvarsforsikring. Kommer en medarbejder til skade, eller går der noget i stykker hos en kunde, klarer vi sagen med forsikringsselskabet, og Gartneriet hæfter for skaden over for kunden.

Hvert forår sætter vi os sammen med borgeren og sagsbehandleren og ser på, om målene for beskæftigelsen er nået, og om der skal nye til. Vi sender en kort skriftlig status inden mødet.

Oplysninger om borgerne gemmer vi i et lukket system, og vi deler dem kun med kommunen, når borgeren har givet samtykke eller loven kræver det.`,
    topics: ['rate', 'rate-basis', 'insurance', 'liability', 'follow-up', 'data-protection'],
  },
  {
    id: 'hvilestenen-dagbehandling',
    offer: 'day-treatment',
    text: `Hvilestenen dagbehandling – aftalevilkår i korte træk

* Pris: 2.180 kr. pr. behandlingsdag.
* Opstart: de første 6 uger har barnet brug for en ekstra voksen i dele af dagen. I den periode betales 2.790 kr. pr. dag. Tillægget falder bort efter 6 uger, medmindre vi sammen beslutter andet på mødet i uge 5.
* Vi arbejder efter den kvalitetsaftale, vi har indgået med kommunen, med fælles mål for trivsel, fremmøde og faglig progression, som vi måler på hvert halvår.
* Socialtilsynet har godkendt Hvilestenen og fører løbende tilsyn med os. Vi videresender tilsynsrapporten til kommunen, når den foreligger.
* Vi orienterer rådgiveren samme dag ved alvorlige hændelser, og hvis vi bliver bekymrede for barnet.
* Opsigelse: 2 måneders varsel for begge parter.`,
    topics: ['rate', 'special-rate', 'quality-agreement', 'supervision', 'duty-to-report', 'termination'],
  },
  {
    id: 'kanalen-dagskole',
    offer: 'day-treatment',
    text: `Samarbejdsaftale – Dagskolen Kanalen

Aftalens periode: Fra 1. februar 2027 og indtil videre.

Pris: 41.250 kr. om måneden. Beløbet justeres hvert år den 1. januar med den lønstigning, der følger af overenskomsten for lærere og pædagoger.

Fravær: Ved elevens sygdom og ferie betales uændret. Er eleven indlagt i mere end en måned, nedsættes prisen til det halve.

Afregning: Kommunen modtager faktura hver måned og betaler inden for 30 dage.

Kvalitet: Kanalen og kommunen har aftalt fælles kvalitetsmål for fremmøde, trivsel og afgangsprøver. Resultaterne gennemgås en gang om året på et møde mellem skolens leder og kommunens konsulent.

Personale: Alle ansatte har forevist børneattest.

Persondata: Kanalen er databehandler for kommunen i henhold til den særskilte databehandleraftale og opbevarer elevoplysninger i en krypteret skoleplatform.

Elevens udvikling: Vi holder statusmøde med forældre og rådgiver to gange om året ud fra elevens mål og sender et skriftligt notat forinden.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'absence',
      'settlement',
      'quality-agreement',
      'criminal-record',
      'data-protection',
      'follow-up',
    ],
  },
  {
    id: 'jollen-skole-og-behandling',
    offer: 'day-treatment',
    text: `Kære samarbejdspartnere i kommunen

Tak for jeres henvendelse om Lucas. Vi vil gerne byde ham velkommen på Jollen, og her fortæller vi lidt om, hvordan vi plejer at gøre tingene.

Jollen er et lille skole- og behandlingstilbud med 14 elever fordelt på tre klasser. Hver klasse har en lærer og en pædagog hele dagen, og vi har egen psykolog og familiebehandler to dage om ugen. Alt det ligger i vores dagspris på 2.350 kr., ligesom frokost, udflugter og lejrskole.

Prisen følger med de offentlige lønstigninger, så den bliver lidt højere hvert nytår. I får besked i god tid.

Har Lucas brug for noget, der rækker ud over den almindelige dag – for eksempel en voksen med i fritidsklubben om eftermiddagen – kan vi tilbyde det for 440 kr. i timen. Det skriver vi på fakturaen som en særskilt linje.

Vi skriver hver dag i elevens logbog, hvem der har været fraværende, men det har ingen betydning for prisen.

Hvis vi hører eller ser noget, der gør os bekymrede for, hvordan Lucas har det derhjemme, ringer vi til jer med det samme og sender bagefter en skriftlig underretning.

Tre gange om året holder vi et møde med forældrene og rådgiveren, hvor vi gennemgår Lucas' mål og sender en kort skriftlig beskrivelse af, hvordan det går.

Vi glæder os til at lære ham at kende.

Venlig hilsen
Skoleleder Hanne Jolle`,
    topics: ['rate', 'rate-basis', 'price-regulation', 'add-on-services', 'absence', 'duty-to-report', 'follow-up'],
  },
  {
    id: 'kridthuset-aktivitetstilbud',
    offer: 'day-treatment',
    text: `KRIDTHUSET – værksted og aktiviteter for voksne – takster 2027

Hel dag                       760 kr.
Halv dag (max 4 timer)         420 kr.
Ledsagelse på ture ud af huset   375 kr. pr. time (tillæg, faktureres særskilt)

Taksterne stiger den 1. januar hvert år med samme procent som KL's pris- og lønskøn.
Afbud senere end kl. 8 samme dag afregnes som fremmødedag.
Regning sendes efter hver måned for de dage, borgeren har været tilmeldt, og skal betales inden 14 dage.
Deltagerne har selv ansvar for at tage deres medicin med.`,
    topics: ['rate', 'add-on-services', 'price-regulation', 'absence', 'settlement'],
  },
];
