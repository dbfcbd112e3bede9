// More of the forty provider-written contracts once held out, now tuned on (see `tuningNinth.ts`).
import type { ProviderContract } from './types';

export const NINTH_TUNING_SIXTH: ProviderContract[] = [
  {
    id: 'pakhuset-aktivitetstilbud',
    offer: 'day-treatment',
    text: `Pakhuset – aktivitets- og samværstilbud (servicelovens § 104)
Aftale i korte træk

» Målgruppe: voksne med sindslidelse, der har brug for et fast sted at gå hen i dagtimerne
» Åbent: mandag–torsdag 9–15, fredag 9–13 (værksted, café, gåture, madhold)
» Pris: 1.140 kr. pr. fremmødedag / 16.900 kr. pr. måned ved fast plads 4 dage om ugen
» Opstart: første dag aftales ved et besøg; aftalen løber 6 måneder og forlænges derefter med 6 måneder ad gangen
» Udeblivelse: en fast plads betales også de dage, deltageren ikke kommer; ved indlæggelse over 2 uger betales halv pris
» Ophør: skriftligt, med løbende måned + 1 måneds varsel
» Forsikring: deltagerne er dækket af Pakhusets ulykkesforsikring under aktiviteterne, også på ture ud af huset
» Ansvar: deltagerne har selv ansvar for at rydde op efter sig i værkstedet og caféen
» Kvalitet: vi holder husmøde hver mandag, hvor deltagerne er med til at bestemme ugens program

Pakhuset, Havnegade 19, 4800 Nykøbing F. · leder Anders Lauritsen`,
    topics: ['rate', 'term', 'absence', 'termination', 'insurance'],
  },
  {
    id: 'skibsbroen-specialskole',
    offer: 'day-treatment',
    text: `Kære forældre og kære kommune

Vi er glade for, at Skibsbroen Specialskole kan blive skole for jeres søn fra næste skoleår. Skibsbroen er en privat specialskole i Esbjerg for 48 elever fra 0. til 9. klasse med generelle indlæringsvanskeligheder og autisme.

Hvordan er vi godkendt?
Vi er en del af et behandlings- og specialundervisningstilbud og har derfor indgået en kvalitetsaftale med Esbjerg Kommune. Den beskriver vores målgruppe, de 48 pladser, hvordan vi ejes, og hvilke ydelser vi giver, og kommunen følger op på, at vi lever op til den.

Hvad koster en plads?
Kommunen betaler 412.000 kr. om året for en plads.

Hvad skal I selv betale?
Forældrene betaler 600 kr. for lejrskolen i 6. klasse og giver madpakke med hver dag. Alt andet i skoletiden er gratis for jer.

Hvem er de voksne?
Vi har fået børneattest på alle lærere, pædagoger og praktikanter, og vi indhenter en ny, når nogen har været væk fra os i mere end et år.

Hvordan følger vi op?
To gange om året – i december og juni – skriver klasselæreren og vores psykolog en status om jeres søns trivsel og faglige udvikling. Den gennemgår vi på et møde med jer, PPR og sagsbehandleren.

Skoledagen starter kl. 8.00, og bussen henter ved døren. Vi lærer eleverne om data og programmering fra 4. klasse.

Med venlig hilsen
Birthe Skov, skoleleder, Skibsbroen Specialskole, Havnepladsen 6, 6700 Esbjerg`,
    topics: ['quality-agreement', 'rate', 'own-payment', 'criminal-record', 'follow-up'],
  },
  {
    id: 'taagehornet-dagbehandling',
    offer: 'day-treatment',
    text: `LEVERANCEAFTALE
vedrørende dagbehandling og specialundervisning i Tågehornet

Mellem Tågehornet I/S, Fyrstien 11, 7700 Thisted, CVR 37 48 22 61 ("Tågehornet") og Morsø Kommune, Familie og Børn ("Kommunen") er indgået følgende aftale om behandlings- og specialundervisningstilbud til en elev, som Kommunen har visiteret ved afgørelser efter barnets lov § 32, stk. 1, nr. 8, og folkeskolelovens § 3, stk. 2.

§ 1 Tågehornets grundlag
1.1 Tågehornet er godkendt af Thisted Kommune som beliggenhedskommune ved kvalitetsaftale af 2. september 2024 til 18 pladser for elever i 0.–9. klasse med svære sociale og emotionelle vanskeligheder. Tågehornet er forpligtet til at overholde kvalitetsaftalens krav om normering, faglighed og ydelser i hele aftalens løbetid.
1.2 Tågehornet oplyser Kommunen, hvis kvalitetsaftalen ændres eller ophæves.

§ 2 Den aftalte ydelse
2.1 Tågehornet leverer undervisning efter folkeskolelovens fag- og timekrav, individuel behandling og familiesamtaler.

§ 3 Takst
3.1 Kommunen betaler en takst på 2.065 kr. pr. dag, eleven er indskrevet, svarende til 5 dage om ugen, 42 uger om året.
3.2 Taksten er opgjort på grundlag af en normering på én voksen pr. to elever, ledelse og administration svarende til 12 % af lønudgiften, husleje, materialer og frokost. Takstredegørelsen vedlægges som bilag 2.
3.3 Taksten reguleres én gang om året pr. 1. januar med den pris- og lønudviklingssats, der er aftalt i den seneste økonomiaftale mellem regeringen og KL. Tågehornet kan ikke herudover hæve taksten uden Kommunens skriftlige accept.

§ 4 Ydelser, der honoreres særskilt
4.1 Forældreskole, netværksmøder ud over to om året og psykiatrisk udredning hos Tågehornets konsulentlæge er ikke omfattet af taksten og leveres alene efter forudgående skriftlig rekvisition fra Kommunen til en pris på 780 kr. pr. time.

§ 5 Midlertidig forhøjelse
5.1 Har eleven i en periode behov for en fast voksen i hele skoletiden, kan parterne aftale en midlertidig forhøjelse af taksten med 1.350 kr. pr. dag. Forhøjelsen aftales for højst 8 uger ad gangen, og behovet vurderes af parterne inden periodens udløb. Uden fornyet skriftlig aftale bortfalder forhøjelsen ved periodens udløb.

§ 6 Fravær
6.1 Der betales fuld takst under elevens sygdom og øvrige fravær, dog således at der ved sammenhængende fravær ud over 15 skoledage alene betales 50 % af taksten fra 16. skoledag, indtil eleven møder igen.

§ 7 Fakturering og betaling
7.1 Tågehornet fakturerer månedsvis bagud. Fakturaen skal indeholde elevens initialer, antal dage, anvendt takst og eventuelle særskilt honorerede ydelser med dato og timetal.
7.2 Kommunen betaler senest 30 dage efter modtagelse af korrekt faktura.

§ 8 Erstatningsansvar
8.1 Tågehornet er ansvarlig for skader, som Tågehornets personale forvolder under udførelsen af opgaven, efter dansk rets almindelige regler.
8.2 Forældrene har forældremyndigheden og er ansvarlige for eleven uden for skoletiden.
8.3 Kommunen er ikke ansvarlig for skader, som eleven forvolder på Tågehornets ejendom.

§ 9 Databeskyttelse
9.1 Tågehornet behandler oplysninger om eleven og familien efter databeskyttelsesforordningen og databeskyttelsesloven. Parterne er hver for sig dataansvarlige for de oplysninger, de behandler.
9.2 Tågehornet sikrer, at journaler opbevares i et system med adgangsstyring og logning.

§ 10 Opsigelse og ophævelse
10.1 Aftalen kan opsiges af Kommunen med 1 måneds varsel og af Tågehornet med 3 måneders varsel, i begge tilfælde til udgangen af en måned.
10.2 Aftalen kan hæves af den ene part ved den anden parts væsentlige misligholdelse.
10.3 Ved ophør skal parterne sikre en rolig overgang for eleven til et andet skoletilbud.

§ 11 Tvistløsning
11.1 Uoverensstemmelser søges først løst ved forhandling mellem parternes ledelser og derefter ved de almindelige domstole.

Thisted, den 3. august 2026
For Tågehornet I/S                        For Morsø Kommune`,
    topics: [
      'quality-agreement',
      'rate',
      'rate-basis',
      'price-regulation',
      'add-on-services',
      'special-rate',
      'absence',
      'settlement',
      'liability',
      'data-protection',
      'termination',
    ],
  },
  {
    id: 'vestervind-beskaeftigelse',
    offer: 'day-treatment',
    text: `VESTERVIND VÆRKSTEDER – AFTALESEDDEL
Beskyttet beskæftigelse (servicelovens § 103) med socialpædagogisk støtte

Deltager: (initialer) ______      Sagsbehandler: Louise Nyborg, Lemvig Kommune
Arbejdsområde: træværksted / pakkeri
Arbejdstid: 25 timer om ugen, man.–fre.

Første arbejdsdag: 12. januar 2026
Aftalens varighed: til og med 31. december 2026; fornyes efter ny afgørelse fra kommunen

Takst: 14.650 kr. pr. måned
Fakturering: kvartalsvis forud via EAN, betaling senest 30 dage efter modtagelse

Deltagerens egne udgifter: frokost i kantinen 38 kr. pr. dag og arbejdstøj ud over det første sæt.
Deltageren får arbejdsdusør efter timer og indsats.

Vi giver sagsbehandleren besked inden for to hverdage, hvis deltageren udebliver mere end tre dage i træk, hvis der sker en arbejdsulykke, eller hvis deltagerens situation ændrer sig, så aftalen ikke længere passer.

Status og mål: vores jobkonsulent skriver en status om deltagerens mål hvert halve år og holder opfølgningssamtale med deltager og sagsbehandler.

Vestervind Værksteder, Industrivej 44, 7620 Lemvig`,
    topics: ['term', 'rate', 'settlement', 'own-payment', 'duty-to-report', 'follow-up'],
  },
];
