// The other six of the twelve provider-written contracts measured once as the held-out set and since tuned on (see
// `tuningFifth.ts`).
import type { ProviderContract } from './types';

export const SIXTH_TUNING_CONTRACTS: ProviderContract[] = [
  {
    id: 'havblik-opholdssted',
    offer: 'children',
    text: `Kære rådgiver

Tak fordi I har tænkt på Havblik til Emma. Vi er et lille opholdssted – et børne- og ungehjem, som det hedder nu – på Vestfyn med plads til fem piger mellem 10 og 16 år, og vi glæder os til at lære hende at kende.
Pigerne bor i et gammelt stuehus med udsigt over Lillebælt. Der er altid to voksne på arbejde om dagen og én vågen voksen om natten. Vi arbejder traumebevidst og bruger meget tid på at hjælpe pigerne med at regulere deres følelser og finde ro i kroppen.
Vores takst kan du se på Tilbudsportalen. I den er skolekørsel, fritidsaktiviteter, en sommerferietur og samtaler med vores psykolog regnet med.
Får Emma i en periode brug for mere, fx at en af os følger hende i skolen, laver vi en særskilt aftale med jer om en midlertidig ekstrabetaling, som vi tager op igen senest efter tre måneder.
Vi ringer til dig, hvis der sker noget vigtigt – hvis Emma stikker af, kommer til skade, eller hvis vi har måttet holde fast i hende. Du får altid også en skriftlig indberetning bagefter.
Hvert kvartal inviterer vi dig og Emmas forældre til et statusmøde, og inden mødet sender vi en udtalelse om, hvordan det går med målene i handleplanen.
Alle voksne her har vist ren børneattest, før de startede.
Vi er godkendt af Socialtilsyn Syd, som kommer mindst én gang om året, gerne uanmeldt.
Vi kan forsikre dig om, at Emma bliver taget imod med varme og tålmodighed.

Mange hilsner
Lone og Kasper, Havblik`,
    topics: ['rate-basis', 'special-rate', 'duty-to-report', 'follow-up', 'criminal-record', 'supervision'],
  },
  {
    id: 'bakkehuset-akutpladser',
    offer: 'children',
    text: `Fra: Bakkehuset, visitationen
Til: Familieafdelingen, Vejle Kommune
Emne: SV: Akutanbringelse af dreng, 13 år

Hej Søren
Hermed den skriftlige bekræftelse på vores telefonsamtale i nat. Drengen blev modtaget på akutpladsen kl. 02.40 i dag, torsdag den 6. november 2025, og opholdet regnes fra i dag.
Akutpladsen koster 4.380 kr. i døgnet de første 14 døgn. Bliver han længere, går vi over til vores almindelige døgnpris på 3.650 kr., medmindre I beder os om at fortsætte med skærmning.
Familien skal ikke betale noget selv i akutperioden; mad, tøj og toiletsager får han hos os.
Vi fakturerer hver 14. dag med 20 dages betalingsfrist.
På fredag sender vi en første status ud fra vores observationsskema, og vi foreslår et møde i næste uge om, hvad der så skal ske.
Skolen har allerede sendt jer en underretning, så den sender vi ikke igen.
I kan opsige pladsen fra dag til dag i akutperioden; derefter gælder 14 dages varsel.

Venlig hilsen
Malene Kjær, souschef
Bakkehuset`,
    topics: ['term', 'rate', 'special-rate', 'own-payment', 'settlement', 'follow-up', 'termination'],
  },
  {
    id: 'boegely-skole-og-behandling',
    offer: 'day-treatment',
    text: `Samarbejdsaftale om plads i behandlings- og specialundervisningstilbuddet Bøgely

1. Parter og grundlag
1.1 Aftalen indgås mellem Bøgely Skole og Behandling (selvejende) og den visiterende kommune på grundlag af kommunens afgørelser efter barnets lov § 32 og folkeskolelovens § 3, stk. 2.
1.2 Bøgely har kvalitetsaftale med beliggenhedskommunen, Silkeborg Kommune, efter lov om behandlings- og specialundervisningstilbud til børn og unge. Kvalitetsaftalen blev senest fornyet i maj 2024 og vedlægges.
2. Ydelse og pris
2.1 Eleven får undervisning og miljøterapeutisk behandling alle skoledage kl. 8.15-14.30 samt familiesamtaler hver 14. dag.
2.2 Prisen er 1.940 kr. pr. skoledag. I prisen indgår undervisning, behandling, frokost og familiesamtaler. Befordring er ikke omfattet og aftales af kommunen direkte med vognmanden.
2.3 Har eleven i en periode brug for en fast voksen ved sin side, kan parterne aftale en midlertidig dagspris på 2.600 kr. Den gælder højst et halvt år ad gangen og tages op på hvert statusmøde.
3. Fravær
Der betales for alle skoledage, også når eleven er syg. Ved fravær i mere end 20 sammenhængende skoledage nedsættes prisen til 60 %. Skoleferier afregnes ikke.
4. Afregning
Bøgely fakturerer månedsvis bagud. Betaling skal ske senest 30 dage efter fakturadatoen.
5. Forsikring
Eleverne er dækket af Bøgelys kollektive ulykkesforsikring i skoletiden og på ture.
6. Opfølgning
Der holdes statusmøde med forældre, rådgiver og PPR to gange om året. Bøgely sender en skriftlig status 14 dage før mødet.
7. Orientering af kommunen
Bøgely orienterer rådgiveren i den visiterende kommune, hvis eleven har ulovligt fravær i mere end 5 dage, ved magtanvendelse og ved bekymring for barnets trivsel. Den personlige underretningspligt gælder uændret.
8. Opsigelse
Aftalen kan opsiges af begge parter med tre måneders varsel.`,
    topics: [
      'quality-agreement',
      'rate',
      'rate-basis',
      'special-rate',
      'absence',
      'settlement',
      'insurance',
      'follow-up',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'snedkerstuen-kildevej',
    offer: 'day-treatment',
    text: `Snedkerstuen Kildevej – beskyttet beskæftigelse og aktivitetstilbud (SEL §§ 103 og 104)
Kort om vilkårene:
• Åbent man.–tors. 8–15, fre. 8–12
• Dagspris 685 kr. for en hel dag, 410 kr. for en halv
• Dækker værkstedsleder + 1 medarbejder pr. 6 deltagere, materialer, arbejdstøj og formiddagskaffe
• Frokost: deltageren betaler selv 30 kr. om dagen eller tager madpakke med
• Ferie og sygdom: der betales ikke for dage, hvor deltageren er væk. Lukket uge 29–31 og mellem jul og nytår
• Nye priser hvert 1. januar (PL-regulering)
• Faktura kvartalsvis bagud
• Deltagerne er ulykkesforsikret i arbejdstiden gennem Snedkerstuens forsikring
• Snedkerstuen hæfter ikke for deltagernes egne ting, fx cykler og telefoner
• Udmeldelse: 1 måneds varsel
• Opfølgning: ingen fast mødekadence – ring, hvis I vil høre, hvordan det går`,
    topics: [
      'rate',
      'rate-basis',
      'own-payment',
      'absence',
      'price-regulation',
      'settlement',
      'insurance',
      'liability',
      'termination',
    ],
  },
  {
    id: 'mosevang-laeringshus',
    offer: 'day-treatment',
    text: `Læringshuset Mosevang – specialskole med behandling, 0.–10. klasse
Takstblad for skoleåret 2025/26 (1. august 2025 – 30. juni 2026)

Ydelse | Pris
Skoleplads inkl. behandling | 27.450 kr. pr. måned (11 måneder, juli betalingsfri)
Heldagstilbud med fritidsdel til kl. 16.30 | + 4.100 kr. pr. måned
Kontaktperson i hjemmet (tilkøb) | 520 kr. pr. time
Psykologisk udredning (tilkøb) | 12.800 kr. pr. udredning

Pladsprisen omfatter undervisning på hold med højst 6 elever, to voksne pr. hold, miljøterapi, lektieopfølgning i skoletiden, en ugentlig samtale med kontaktlæreren og frokost.

Vilkår
a) Pladsen starter den dato, der står i visitationsbrevet, og gælder for hele skoleåret. Derefter forlænges den af sig selv et år ad gangen.
b) Udmeldelse sker skriftligt med 3 måneders varsel til den 1. i en måned.
c) Månedsprisen betales uanset elevens fravær. Fravær registreres dagligt og meddeles forældrene samme dag.
d) Opkrævning sker forud den 1. i måneden med forfald 15 dage senere.
e) Priserne for det kommende skoleår fastsættes hvert forår og meddeles kommunen senest 1. maj.
f) Mosevang har kvalitetsaftale med Roskilde Kommune som beliggenhedskommune. Aftalen sendes på forlangende.
g) Oplysninger om eleven behandles fortroligt og efter databeskyttelsesforordningen. Elevdata ligger på en skoleplatform, hvor vi har databehandleraftale med leverandøren.`,
    topics: [
      'rate',
      'rate-basis',
      'add-on-services',
      'term',
      'termination',
      'absence',
      'settlement',
      'price-regulation',
      'quality-agreement',
      'data-protection',
    ],
  },
  {
    id: 'nordlyset-dagbehandling',
    offer: 'day-treatment',
    text: `Almindelige vilkår for køb af plads i Nordlyset ApS – behandlings- og specialundervisningstilbud

Afsnit 1 – Anvendelsesområde
1.1 Disse vilkår gælder for enhver aftale, hvorefter en kommune ("Køber") køber en plads i Nordlyset til et barn eller en ung ("Eleven"). Er der uoverensstemmelse mellem vilkårene og Købers afgørelse om visitation, går afgørelsen forud.
1.2 Ved "Skoledag" forstås enhver dag, hvor der undervises efter Nordlysets skoleårsplan.
Afsnit 2 – Indgåelse og løbetid
2.1 Aftalen anses for indgået, når Køber har returneret det underskrevne visitationsskema, og løber fra Elevens første Skoledag, indtil den bringes til ophør efter afsnit 7.
Afsnit 3 – Vederlag
3.1 Vederlaget udgør 2.215 kr. pr. Skoledag. Vederlaget er fastsat som et samlet beløb og udspecificeres ikke.
3.2 Vederlaget reguleres hvert år pr. 1. januar med Nordlysets faktiske lønudvikling, dog mindst med den sats for pris- og lønudvikling, der følger af økonomiaftalen.
3.3 Vederlaget betales for samtlige Skoledage, uanset om Eleven møder frem.
Afsnit 4 – Fakturering
4.1 Nordlyset udsteder faktura kvartalsvis forud. Betalingsbetingelser: netto 8 dage. Ved overskridelse beregnes morarente efter renteloven.
Afsnit 5 – Ansvar
5.1 Nordlyset er ikke ansvarlig for skade, som Eleven forvolder på personer eller ting, og Køber holder Nordlyset skadesløs herfor.
5.2 Nordlysets samlede ansvar over for Køber kan ikke overstige et beløb svarende til én måneds vederlag.
Afsnit 6 – Oplysninger
6.1 Nordlyset behandler personoplysninger om Eleven og dennes familie som dataansvarlig og udveksler alene de oplysninger med Køber, der er nødvendige for indsatsen, via sikker e-mail.
6.2 Nordlyset orienterer forældrene dagligt om Elevens skoledag via forældreportalen.
Afsnit 7 – Ophør
7.1 Køber kan opsige aftalen med 6 måneders varsel til udgangen af et skoleår. Nordlyset kan opsige aftalen med 1 måneds varsel, hvis Elevens behov efter Nordlysets vurdering ikke længere kan tilgodeses.
7.2 Opsiger Køber med kortere varsel, betales vederlaget for den resterende del af varslingsperioden.
Afsnit 8 – Kvalitet og personale
8.1 Nordlyset har indgået kvalitetsaftale med beliggenhedskommunen, jf. lov om behandlings- og specialundervisningstilbud til børn og unge.
8.2 Nordlyset indhenter børneattest ved ansættelse af medarbejdere, der har direkte kontakt med Eleverne.
Afsnit 9 – Lovvalg og værneting: Enhver tvist afgøres efter dansk ret ved Retten i Hillerød.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'absence',
      'settlement',
      'liability',
      'data-protection',
      'termination',
      'quality-agreement',
      'criminal-record',
    ],
  },
];
