// More of the sixty provider-written contracts held out from the tuning (see `heldOutSixth.ts`).
import type { ProviderContract } from './types';

export const HELD_OUT_SIXTH_FIFTH: ProviderContract[] = [
  {
    id: 'lindeskoven-opholdssted',
    offer: 'children',
    text: `Anbringelsesaftale – Lindeskoven Opholdssted
(anbringelse efter Barnets Lov)

1. Aftalens parter og formål
1.1 Aftalen er indgået mellem Lindeskoven Opholdssted, Møllevej 22, 4200 Slagelse, og den anbringende kommune.
1.2 Formålet er at give barnet et trygt og stabilt dagligliv, skolegang og støtte til at udvikle sig efter målene i barnets plan.

2. Start og varighed
2.1 Anbringelsen starter den dag, barnet flytter ind, og gælder uden tidsbegrænsning.

3. Takst
3.1 Taksten er 4.150 kr. pr. døgn.
3.2 Taksten bygger på en normering på 1,4 fuldtidsstillinger pr. barn, vågen nattevagt, psykologtimer efter behov op til 4 timer om måneden, kost, tøjpenge og lommepenge efter kommunens satser samt kørsel til skole.
3.3 Taksten reguleres hvert år den 1. januar med den procentsats, KL meddeler for pris- og lønudvikling.

4. Tillæg i en periode
4.1 Har barnet i en afgrænset periode brug for skærmet indsats, kan kommunen bevilge et særligt tillæg på 1.800 kr. pr. døgn. Tillægget bevilges for højst tre måneder ad gangen og genvurderes på et møde inden periodens udløb.

5. Fravær
5.1 Ved rømning, indlæggelse og samvær uden for stedet betales fuld takst i 30 dage.

6. Afregning
6.1 Der faktureres månedsvis forud, og beløbet forfalder til betaling den 15. i måneden.

7. Børneattester og personale
7.1 Lindeskoven indhenter børneattest for alle ansatte, vikarer og frivillige, før de får kontakt med børnene.

8. Underretning og oplysningspligt
8.1 Lindeskoven underretter straks kommunen ved bekymring for barnets trivsel, ved magtanvendelse og ved hændelser, der kræver politiets medvirken.
8.2 Lindeskoven sender kommunen en skriftlig halvårsstatus og deltager i børnesamtaler og opfølgningsmøder.

9. Ophør
9.1 Aftalen kan opsiges af kommunen med 30 dages varsel og af Lindeskoven med 60 dages varsel.
9.2 Ved hjemgivelse efter afgørelse ophører aftalen ved barnets fraflytning.

Slagelse, den __________`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'price-regulation',
      'special-rate',
      'absence',
      'settlement',
      'criminal-record',
      'duty-to-report',
      'follow-up',
      'termination',
    ],
  },
  {
    id: 'myretuen-aflastning',
    offer: 'children',
    text: `Hej alle sammen i familieafdelingen

Så er Emil kommet godt i gang med aflastningen her i Myretuen! Vi vil bare gerne samle de praktiske ting i én mail.

Emil er hos os hver anden weekend fra fredag kl. 15 til søndag kl. 17 og en uge i sommerferien. Et aflastningsdøgn koster 3.250 kr., og det er med mad, aktiviteter og to voksne på fire børn hele tiden.

Hvis Emil bliver syg og ikke kan komme, betaler I kun for weekenden, hvis vi får besked efter onsdag kl. 12 – ellers er det gratis.

Regningen kommer sidst i hver måned for de døgn, Emil har været her, og den skal betales inden 30 dage.

I skal også vide, at vi ALTID ringer til jer, hvis vi ser noget, der bekymrer os – det er ikke bare noget, vi gerne vil, det er vores pligt.

Vi har ikke fået skrevet noget om, hvordan vi stopper samarbejdet igen, men det finder vi ud af, hvis det bliver aktuelt.

Kærlig hilsen
Lise og Mads, Myretuen`,
    topics: ['rate', 'rate-basis', 'absence', 'settlement', 'duty-to-report'],
  },
  {
    id: 'noeddebo-boernehjem',
    offer: 'children',
    text: `Nøddebo Børne- og Ungehjem – Standardvilkår for anbringelse

Nærværende vilkår finder anvendelse på enhver anbringelse af børn og unge i Nøddebo Børne- og Ungehjem (herefter "institutionen") foretaget af en kommune (herefter "den anbringende myndighed"), medmindre andet er skriftligt aftalt i den individuelle aftale om det enkelte barn.

Vilkårenes punkt A – Betaling for opholdet
Den anbringende myndighed betaler en fast månedlig ydelse på 121.500 kr. pr. anbragt barn. Ydelsen fremskrives én gang årligt pr. 1. januar med den sats for pris- og lønudvikling, som Kommunernes Landsforening anbefaler, dog således at institutionen kan rejse krav om genforhandling, hvis udgifterne stiger ekstraordinært.

Vilkårenes punkt B – Tilkøb
Ydelser, som ikke er indeholdt i den faste månedlige ydelse, såsom ledsagelse til samvær uden for kommunen, terapeutiske forløb hos eksterne behandlere og ekstra nattevagt, kan tilkøbes efter forudgående skriftlig aftale og opkræves særskilt på den månedlige faktura.

Vilkårenes punkt C – Ansvar for skader
Institutionen hæfter ikke for skader, som et anbragt barn måtte påføre tredjemand, personale eller institutionens bygninger og inventar. Sådanne skader afholdes af den anbringende myndighed, medmindre skaden skyldes institutionens ansvarspådragende forhold.

Vilkårenes punkt D – Forsikringsforhold
Institutionen har tegnet erhvervsansvarsforsikring og lovpligtig arbejdsskadeforsikring. Institutionen har ingen pligt til at tegne forsikring for barnets personlige ejendele.

Vilkårenes punkt E – Oplysninger og tavshedspligt
Institutionen er omfattet af reglerne om tavshedspligt og behandler personoplysninger om barnet og dets familie i overensstemmelse med databeskyttelsesforordningen og databeskyttelsesloven. Oplysninger videregives kun til den anbringende myndighed og andre, der efter lovgivningen har krav herpå.

Vilkårenes punkt F – Varsling om forhold af betydning
Institutionen oplyser uden ophold den anbringende myndighed om forhold, der har betydning for barnets anbringelse, herunder bekymring for overgreb, længerevarende skolefravær, rømning og magtanvendelse.

Vilkårenes punkt G – Ophør
Hver af parterne kan bringe anbringelsen til ophør med et varsel på to måneder. Ved akut flytning betaler den anbringende myndighed for varslingsperioden.

Vilkårenes punkt H – Øvrigt
Tvister afgøres ved institutionens hjemting efter dansk ret.`,
    topics: [
      'rate',
      'price-regulation',
      'add-on-services',
      'liability',
      'insurance',
      'data-protection',
      'duty-to-report',
      'termination',
    ],
  },
  {
    id: 'oernereden-ungehjem',
    offer: 'children',
    text: `Fra: Ørnereden Ungehjem <kontor@oernereden.dk>
Til: Familierådgivningen
Emne: SV: Plads til Ahmad – bekræftelse

Hej Birgitte

Vi bekræfter hermed plads til Ahmad fra onsdag den 12. marts.

Døgnprisen er 3.780 kr. Den dækker værelse, alle måltider, lommepenge og tøjpenge, skolekørsel og en fast kontaktpædagog. Pladsen kører på vores normale vilkår med 1 måneds gensidigt varsel, hvis den skal stoppe.

Vi fakturerer hver måned bagud.

Mht. ansvar: det har vi ikke nogen særlig aftale om, men du er velkommen til at ringe, hvis du har spørgsmål.

Vores ansatte har alle afleveret børneattest, og vi er godkendt af Socialtilsyn Hovedstaden til 6 unge.

Vh Niels
Ørnereden`,
    topics: ['term', 'rate', 'rate-basis', 'termination', 'settlement', 'criminal-record', 'supervision'],
  },
  {
    id: 'palmehuset-aflastning',
    offer: 'children',
    text: `PALMEHUSET – AFLASTNING FOR BØRN MED HANDICAP
Takstoversigt gældende fra 1. januar 2025

Aflastningsdøgn, hverdag ............ 3.420 kr.
Aflastningsdøgn, weekend/helligdag .. 3.890 kr.
Dagaflastning (max 8 timer) ......... 1.640 kr.
Ekstra 1:1-støtte ................... 410 kr./time – lægges oven i døgnprisen

Hvad får I for prisen
Døgnprisen dækker overnatning på eget værelse, kost og bleer/hjælpemidler til forbrug, aktiviteter i huset og en normering på én voksen til to børn. Personlig medicin medbringes hjemmefra.

Hvis barnet ikke kommer
Aflysning senest 7 dage før: ingen betaling. Senere aflysning: 50 % af prisen.

Forældre
Forældre betaler ikke selv for aflastningen – det dækker kommunen. Bleer og tøj til skift medbringes.

Betaling
Samlet regning pr. måned, betaling løbende måned + 30 dage.

Prisændringer
Taksterne ændres hvert år pr. 1. januar; nye takster meldes ud i november.`,
    topics: ['rate', 'add-on-services', 'rate-basis', 'absence', 'own-payment', 'settlement', 'price-regulation'],
  },
  {
    id: 'ridderborgen-opholdssted',
    offer: 'children',
    text: `Ridderborgen Opholdssted – kontraktens hovedpunkter

* Start: ved indskrivning; forventet ophold 1–2 år
* Takst: 118.000 kr. pr. måned
* Takstens indhold: døgnbemanding 1:1,5, intern skole, psykiater 1 time/md.
* Særlig indsats i opstartsfasen: +22.000 kr./md. i op til 3 måneder, herefter ophører tillægget automatisk
* Egenbetaling: ingen – forældrebetaling afgøres af kommunen
* Ved ophold på hospital over 14 dage: 80 % af taksten
* Opsigelsesvarsel: 1 måned for begge parter
* Kvalitet: vi arbejder efter Ridderborgens egen pædagogiske kvalitetsmodel (ikke aftalt med kommunen)
* Status til rådgiver hver 3. måned + deltagelse i opfølgningsmøder
* Persondata: vi behandler oplysninger om den unge efter GDPR og indgår databehandleraftale med kommunen`,
    topics: [
      'term',
      'rate',
      'rate-basis',
      'special-rate',
      'own-payment',
      'absence',
      'termination',
      'follow-up',
      'data-protection',
    ],
  },
  {
    id: 'sommerfuglen-weekendaflastning',
    offer: 'children',
    text: `Kære forældre og kære rådgiver

I Sommerfuglen glæder vi os til at lære Freja at kende. Her er det vigtigste om weekenderne hos os.

Freja kommer én weekend om måneden, fra fredag eftermiddag til søndag eftermiddag. Hver weekend koster 6.400 kr. for kommunen. Prisen følger det almindelige prisløft, kommunerne bruger fra år til år.

I skal ikke selv betale noget, men giv gerne Freja lidt lommepenge med, hvis vi skal i biografen.

Alle vores voksne har afleveret en ren børneattest, og vi fornyr den hvert andet år.

Er der noget vigtigt, vi opdager i løbet af en weekend – hvis Freja har fået et mærke, vi ikke kan forklare, eller hvis hun fortæller noget, der bekymrer os – giver vi besked til rådgiveren med det samme og laver en underretning, hvis det er nødvendigt.

Vi har en forsikring, der dækker, hvis en af os kommer til at ødelægge noget af Frejas.

Vi ses!
Hanne, Ole og Sommerfuglen-holdet`,
    topics: ['rate', 'price-regulation', 'own-payment', 'criminal-record', 'duty-to-report', 'insurance'],
  },
  {
    id: 'tidselhuset-boerne-og-ungehjem',
    offer: 'children',
    text: `TIDSELHUSET – KONTRAKT OM DØGNANBRINGELSE

1. Ydelse
Tidselhuset leverer døgnophold med pædagogisk behandling til unge 12–18 år.

2. Varighed
Kontrakten gælder fra indskrivningsdatoen og kører, til den opsiges.

3. Pris
3.1 Døgnpris: 3.960 kr.
3.2 Prisen reguleres årligt pr. 1. januar med KL's pris- og lønskøn.

4. Betaling
4.1 Faktura udstedes den 1. i måneden for den kommende måned.
4.2 Kommunen betaler senest den 20. i samme måned.

5. Fravær
5.1 Der betales fuld pris under den unges fravær, herunder ferie, rømning og indlæggelse, så længe pladsen holdes.

6. Lommepenge
6.1 Den unge får lommepenge af Tidselhuset efter kommunens satser; de er indeholdt i døgnprisen.

7. Opsigelse
7.1 Kontrakten kan opsiges af begge parter med 30 dages varsel.

8. Kvalitetsaftale
8.1 Kontrakten suppleres af den kvalitetsaftale, der er indgået mellem Tidselhuset og kommunens børneafdeling i 2024, og som fastsætter krav om kvartalsvis dokumentation af den unges udvikling.

9. Socialtilsyn
9.1 Tidselhuset er godkendt af Socialtilsyn Nord og har uanmeldte tilsynsbesøg mindst én gang om året.

10. Opfølgning
10.1 Tidselhuset udarbejder statusudtalelse hver 6. måned til brug for opfølgning på handleplanen.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'settlement',
      'absence',
      'rate-basis',
      'termination',
      'quality-agreement',
      'supervision',
      'follow-up',
    ],
  },
  {
    id: 'valnoedden-opholdssted',
    offer: 'children',
    text: `Emne: Pladsbekræftelse – Valnødden, opholdssted for piger

Kære Helle

Som lovet på telefonen: Valnødden kan tage imod Nadia fra 1. juni.

Pris: 3.540 kr. i døgnet. Vi kan ikke garantere en lavere pris, selvom hun går i almindelig skole, men det kan vi tage op på første opfølgningsmøde.

De første 6 uger har vi brug for en ekstra voksen om natten, fordi Nadia har svært ved at sove og har haft selvskade om natten. Det koster 850 kr. ekstra pr. nat. Vi evaluerer på mødet efter 6 uger, om det skal fortsætte.

Opfølgningsmøde efter 6 uger og derefter hver 3. måned, hvor vi gennemgår målene i barnets plan.

Vi har vedhæftet vores standard databehandleraftale, som I bedes underskrive og returnere.

Ring, hvis du har spørgsmål om noget.

Venlig hilsen
Charlotte Vinther
Forstander, Valnødden`,
    topics: ['term', 'rate', 'special-rate', 'follow-up', 'data-protection'],
  },
  {
    id: 'oeen-aflastning',
    offer: 'children',
    text: `Øen – aflastning for børn og unge med autisme · Aftale

Aftalen gælder fra 1. september 2025 til 31. august 2026.

Barnet bor hos Øen 4 døgn om måneden. Pris pr. døgn: 3.180 kr. Prisen er en fast pris for hele aftaleperioden.

Regning bagud pr. kvartal; betalingsfrist 30 dage.

Vi har en ansvarsforsikring, der dækker skader, som vores personale forvolder. Skader, som barnet forvolder, er forældrenes ansvar efter de almindelige regler.

Aftalen kan opsiges med 1 måneds varsel til den 1. i en måned.

Vi giver kommunen besked, hvis barnet ikke kommer, eller hvis noget i barnets adfærd ændrer sig markant.

Øen har en kvalitetshåndbog, som vi gerne viser frem ved besøg.`,
    topics: [
      'term',
      'rate',
      'price-regulation',
      'settlement',
      'insurance',
      'liability',
      'termination',
      'duty-to-report',
    ],
  },
];
