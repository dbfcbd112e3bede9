// More of the forty provider-written contracts once held out, now tuned on (see `tuningNinth.ts`).
import type { ProviderContract } from './types';

export const NINTH_TUNING_FOURTH: ProviderContract[] = [
  {
    id: 'maanestenen-108',
    offer: 'adult',
    text: `Aftale om længerevarende botilbud efter servicelovens § 108
Månestenen – boliger for voksne med udviklingshæmning, drevet af den selvejende institution Månestenen, Møllebakken 3, 8600 Silkeborg (CVR 29 87 45 12)

§ 1 Aftalens parter og grundlag
Stk. 1. Aftalen indgås mellem Månestenen (herefter "botilbuddet") og Ikast-Brande Kommune (herefter "kommunen"), der er både handlekommune og betalingskommune.
Stk. 2. Grundlaget for aftalen er kommunens afgørelse om tildeling af plads efter servicelovens § 108. Hvor aftalen og afgørelsen ikke stemmer overens, går afgørelsen forud.
Stk. 3. Botilbuddet er godkendt af Socialtilsyn Midt til 24 pladser efter § 108 for voksne med udviklingshæmning og autisme. Botilbuddet er forpligtet til at give tilsynet adgang ved både anmeldte og uanmeldte tilsynsbesøg og til at oplyse kommunen om væsentlige bemærkninger i tilsynsrapporterne.

§ 2 Ikrafttræden
Stk. 1. Aftalen træder i kraft den 1. april 2026 og er tidsubegrænset.

§ 3 Vederlag
Stk. 1. Kommunen betaler et vederlag på 78.450 kr. pr. måned for pladsen.
Stk. 2. Vederlaget reguleres en gang årligt den 1. januar med den sats for pris- og lønudviklingen, der fremgår af den senest indgåede økonomiaftale mellem regeringen og KL. Første regulering sker 1. januar 2027.

§ 4 Beboerens egne betalinger
Stk. 1. Beboeren indgår lejeaftale med botilbuddet og betaler husleje på 6.320 kr. pr. måned samt a conto varme og el. Boligdokument udleveres ved indflytning efter reglerne om lejerrettigheder i visse botilbud.
Stk. 2. Beboeren kan vælge at købe kostpakke hos botilbuddet for 2.390 kr. pr. måned. Betalingen for ophold fastsættes i øvrigt af kommunen efter servicelovens § 163.

§ 5 Fakturering og betaling
Stk. 1. Vederlaget faktureres forud den 1. i hver måned via EAN-nummer oplyst af kommunen.
Stk. 2. Forfaldsdag er 30 dage efter fakturadato. Ved forsinket betaling påløber renter efter renteloven.

§ 6 Forsikring
Stk. 1. Botilbuddet har tegnet erhvervsansvarsforsikring og lovpligtig arbejdsskadeforsikring for medarbejderne.
Stk. 2. Beboeren skal selv have en indboforsikring med ansvarsdækning. Botilbuddet hjælper beboeren med at tegne den ved indflytning.

§ 7 Erstatning
Stk. 1. Hver part er ansvarlig efter dansk rets almindelige regler for skader, som parten eller dennes ansatte forvolder.
Stk. 2. Botilbuddet kan ikke gøre kommunen ansvarlig for skader, som beboeren forvolder på botilbuddets ejendom, ud over hvad der følger af lovgivningen.

§ 8 Oplysninger om beboeren
Stk. 1. Botilbuddet er selvstændig dataansvarlig for de personoplysninger, der behandles i forbindelse med støtten, og behandler dem efter databeskyttelsesforordningen og databeskyttelsesloven.
Stk. 2. Oplysninger videregives kun til kommunen i det omfang, det er nødvendigt for sagen.

§ 9 Orientering af kommunen
Stk. 1. Botilbuddet orienterer straks sagsbehandleren, hvis beboeren indlægges, forsvinder, udsættes for eller udøver vold, eller hvis der har været anvendt magt.
Stk. 2. Ændres beboerens behov væsentligt, giver botilbuddet kommunen skriftlig besked inden for 14 dage, så kommunen kan træffe en ny afgørelse.

§ 10 Opsigelse
Stk. 1. Aftalen kan opsiges af begge parter med 3 måneders varsel til udgangen af en måned.
Stk. 2. Ved væsentlig misligholdelse kan den anden part hæve aftalen. Beboerens lejeforhold opsiges særskilt efter de regler, der gælder for lejemålet.
Stk. 3. Ophører aftalen, udarbejder parterne i fællesskab en plan for beboerens overgang til et andet tilbud.

§ 11 Tvister
Stk. 1. Uenighed søges løst ved forhandling. Opnås der ikke enighed, afgøres tvisten ved retten i Herning efter dansk ret.

Silkeborg, den 10. marts 2026
Månestenen v/ Jens Overgaard, leder          Ikast-Brande Kommune`,
    topics: [
      'supervision',
      'term',
      'rate',
      'price-regulation',
      'own-payment',
      'settlement',
      'insurance',
      'liability',
      'data-protection',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'nattergalen-85-stoette',
    offer: 'adult',
    text: `Nattergalen Bostøtte – vilkår, § 85 i eget hjem

- Ydelse: socialpædagogisk støtte i borgerens egen lejlighed, typisk 2–3 besøg om ugen
- Timepris: 512 kr. pr. time ansigt-til-ansigt
- I timeprisen er indregnet: kørsel til og fra borgeren, dokumentation, supervision af medarbejderne og koordinering med jobcenter og læge
- Telefonstøtte under 10 min. afregnes ikke
- Aflyser borgeren senere end kl. 12 dagen før, betales besøget som planlagt; aflyser vi, betales intet
- Ved borgerens indlæggelse holdes støtten i bero uden betaling
- Regning: månedsvis bagud med timeforbrug pr. dag; betaling netto 30 dage
- Status til sagsbehandler hver 3. måned med vurdering af delmålene; opfølgningsmøde hvert halve år
- Opsigelse: 14 dage for begge parter
- Forsikring: ingen bemærkninger
- Kontakt: Lise Nørgaard, teamleder, tlf. 22 41 86 03, Nattergalen ApS, Holstebro`,
    topics: ['rate', 'rate-basis', 'absence', 'settlement', 'follow-up', 'termination'],
  },
  {
    id: 'oestervang-bostoette',
    offer: 'adult',
    text: `Emne: Bekræftelse – opstart af støtte til borger i Østervang (ABL § 105 med § 85)

Kære Mette Holm

Tak for en god snak i går. Som aftalt bekræfter vi hermed, at vi tager imod borgeren i en af vores 12 almene boliger i Østervang med socialpædagogisk støtte efter § 85.

Første dag er mandag den 9. marts 2026, og vi går ud fra, at aftalen gælder indtil videre.

Prisen for støtten er 41.200 kr. om måneden svarende til 16 timer om ugen.

De første seks uger lægger vi, som du bad om, 6 timer ekstra om ugen oveni, så borgeren kan falde til. Det koster 15.400 kr. ekstra pr. måned, og vi stopper det efter de seks uger, medmindre vi sammen vurderer andet på et møde sidst i perioden.

Vi skriver en kort status til dig hver anden måned om, hvordan det går med målene fra handleplanen, og inviterer til et møde to gange om året.

Alle vores medarbejdere har afleveret straffeattest ved ansættelse, og vi henter ny hvert tredje år.

Sker der noget alvorligt – borgeren bliver indlagt, forsvinder, eller vi har måttet gribe ind fysisk – ringer vi til dig samme dag og sender en skriftlig indberetning bagefter. Ændrer borgerens behov sig, giver vi dig også besked med det samme.

Vi arbejder meget med regulering af dagsrytmen og søvn, så det bliver et fokus i starten.

Kontrakt i KL's skabelon sender vi, når du har fået underskrift.

Venlig hilsen
Rasmus Østergaard
Afdelingsleder, Bostøtten Østervang, Esbjerg`,
    topics: ['term', 'rate', 'rate-basis', 'special-rate', 'follow-up', 'criminal-record', 'duty-to-report'],
  },
  {
    id: 'perlehuset-botilbud',
    offer: 'adult',
    text: `Velkommen til Perlehuset!

Kære sagsbehandler og kommende beboer

Perlehuset er et lille botilbud efter servicelovens § 108 med otte lejligheder ved skoven uden for Randers. Vi bor her sammen med voksne med erhvervet hjerneskade, og vi lægger vægt på kvalitet i hverdagen: gode måltider, faste rutiner og tid til at snakke.

Hvad koster det?
En plads koster 2.395 kr. i døgnet. For det beløb får beboeren personale hele døgnet med vågen nattevagt, en fast kontaktperson, hjælp til personlig pleje og medicin, træning i hverdagens gøremål sammen med vores ergoterapeut to gange om ugen, og adgang til alle husets fælles aktiviteter.

Hvad betaler beboeren selv?
Beboeren lejer sin egen lejlighed og betaler husleje på ca. 5.900 kr. om måneden plus forbrug. Kost koster 1.950 kr. om måneden. Ture og ferier betaler man selv, ligesom frisør og tøj.

Når man er væk
Er beboeren på sygehuset eller på ferie hos familien, betaler kommunen fortsat den fulde døgnpris, så lejligheden og personalet står klar, når man kommer hjem.

Tilsyn og godkendelse
Perlehuset er godkendt af Socialtilsyn Nord. Tilsynet kommer mindst én gang om året, ofte uanmeldt, og rapporterne ligger på Tilbudsportalen.

Hos os får beboerne ansvar for deres egen lejlighed og for små opgaver i huset, og egen læge står for opfølgningen på medicinen.

Kom og se os – kaffen er klar.
Hilsen Pia Lund, leder, Perlehuset, Skovvej 41, 8900 Randers C`,
    topics: ['rate', 'rate-basis', 'own-payment', 'absence', 'supervision'],
  },
  {
    id: 'roerhatten-107-prisblad',
    offer: 'adult',
    text: `RØRHATTEN – PRISBLAD 2026
Midlertidigt ophold efter servicelovens § 107 for unge voksne 18–30 år med misbrug og psykiske vanskeligheder

Grundtakst                                   2.940 kr. pr. døgn
Særligt intensivt forløb (højst 3 måneder)   3.780 kr. pr. døgn
  – aftales ved indskrivning; behovet gennemgås hver måned med sagsbehandleren, og forløbet overgår derefter til grundtakst
Tilkøb (kun efter skriftlig rekvisition):
  Ekstra nattilsyn med vågen medarbejder       425 kr. pr. nat
  1:1-ledsagelse uden for huset                498 kr. pr. time
  Kørsel ud over 50 km pr. tur                 3,85 kr. pr. km
Alle priser er ekskl. moms (tilbuddet er momsfritaget).

Vilkår
• Priserne reguleres 1. januar med KL's pris- og lønskøn; nyt prisblad udsendes i december.
• Fakturering: månedsvis bagud, tilkøb specificeres på særskilte linjer med dato og antal; betalingsfrist 20 dage.
• Opsigelse: 1 måneds varsel fra begge sider. Ved udskrivning på grund af vold eller trusler kan ophold afbrydes straks; kommunen betaler da for 7 døgn.
• Forsikring: Rørhatten har erhvervs- og produktansvarsforsikring hos Tryg. Beboernes egne ejendele er ikke dækket.
• Skader på Rørhatten forvoldt af en beboer erstattes ikke af kommunen, medmindre kommunen er ansvarlig efter dansk rets almindelige regler.

Rørhatten I/S · Kirkebakken 7 · 7500 Holstebro · CVR 38 66 01 74`,
    topics: [
      'rate',
      'special-rate',
      'add-on-services',
      'price-regulation',
      'settlement',
      'termination',
      'insurance',
      'liability',
    ],
  },
  {
    id: 'lyskilden-boerne-og-ungehjem',
    offer: 'children',
    text: `Anbringelsesaftale
Lyskilden – børne- og ungehjem for 12–17-årige
Lyskilden A/S, Lysholtvej 22, 6200 Aabenraa, CVR 40 11 73 95

1. Parter og grundlag
1.1 Aftalen er indgået mellem Lyskilden og Sønderborg Kommune (anbringende kommune, betalingskommune) om anbringelse af den unge efter barnets lov § 43, jf. kommunens afgørelse efter § 46.
1.2 Lyskilden er godkendt af Socialtilsyn Syd som børne- og ungehjem med 9 pladser og modtager tilsynsbesøg mindst en gang årligt.

2. Periode
2.1 Anbringelsen begynder den 16. februar 2026 og løber, til kommunen træffer afgørelse om hjemgivelse eller andet tilbud.

3. Takst og indhold
3.1 Taksten er 3.150 kr. pr. døgn.
3.2 Taksten omfatter kost, logi, tøjpenge og lommepenge efter kommunens satser, døgnbemanding med vågen nattevagt, psykologsamtaler hver anden uge og kørsel til skole og samvær inden for 40 km.
3.3 Taksten ændres den 1. januar hvert år med den procentsats for pris- og lønudvikling, der følger af økonomiaftalen mellem regeringen og KL.

4. Når den unge ikke er på Lyskilden
4.1 Under indlæggelse, rømning og ferie med forældre betales fuld takst, så længe pladsen er reserveret til den unge.

5. Fakturering
5.1 Lyskilden fakturerer forud for en måned ad gangen med betalingsfrist 30 dage fra fakturadato.

6. Medarbejdere
6.1 Lyskilden indhenter børneattest og straffeattest på alle ansatte, vikarer og frivillige, inden de møder den unge.

7. Underretning og orientering
7.1 Lyskildens medarbejdere underretter efter barnets lov § 133, når de får kendskab til forhold, der giver grund til bekymring for den unge eller et andet barn.
7.2 Lyskilden orienterer rådgiveren samme dag ved rømning, politiets indblanding, skade, magtanvendelse eller indlæggelse.

8. Opfølgning
8.1 Lyskilden udarbejder en statusudtalelse hver sjette måned forud for kommunens opfølgning på barnets plan og deltager i opfølgningsmøder. Fra den unge fylder 16, indgår ungeplanen i statusudtalelsen.

9. Ophør
9.1 Kommunen kan opsige aftalen med 30 dages varsel; Lyskilden med 60 dages varsel. Varslet gælder betalingen – anbringelsen ophører, når grundlaget for den falder bort.

Aabenraa, 9. februar 2026`,
    topics: [
      'supervision',
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'absence',
      'settlement',
      'criminal-record',
      'duty-to-report',
      'follow-up',
      'termination',
    ],
  },
  {
    id: 'mejsen-aflastning',
    offer: 'children',
    text: `Hej allesammen

Vi glæder os rigtig meget til at lære jeres datter at kende her i Mejsen, hvor vi har aflastning for børn mellem 6 og 14 år med autisme og ADHD. Mejsen ligger i et gammelt bondehus ved Løgstør med have, høns og en stor trampolin.

Aflastningen bliver hver tredje weekend fra fredag kl. 15 til søndag kl. 17. Kommunen betaler os 2.780 kr. pr. døgn, og det er kommunen, der afregner med os – I som forældre skal ikke betale noget for opholdet, heller ikke for mad eller udflugter.

Hvis en weekend bliver aflyst, fordi jeres datter er syg, betaler kommunen stadig for weekenden, når vi får besked senere end onsdagen før. Aflyser vi selv, betales der ikke.

Alle voksne i huset, også vores vikarer, har vist os en børneattest uden anmærkninger, før de begynder.

Vi skriver små beskeder og billeder til jer i appen. Oplysninger om jeres datter gemmer vi kun i vores lukkede journalsystem, og vi deler dem ikke med andre end kommunen uden jeres samtykke. Vi følger databeskyttelsesreglerne og sletter journalen fem år efter, at aflastningen er slut.

Husk at give medicin og lægeattest med den første gang, så vi ved, hvordan dosis skal gives.

Mange hilsner
Ida og Morten Lerche, Mejsen Aflastning, Mejsevej 2, 9670 Løgstør`,
    topics: ['rate', 'own-payment', 'absence', 'criminal-record', 'data-protection'],
  },
];
