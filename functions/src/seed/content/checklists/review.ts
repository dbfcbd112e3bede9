// Demo checklist for reviewing a contract, above all one the provider wrote: the weaknesses municipalities keep
// finding, each pointing at the clause topic that cures it, limited to the contract types it concerns.
import { ADULT_TYPES, CHILD_TYPES, CONTRACT_TYPES, RESIDENTIAL_TYPES } from '../contractTypes';
import { only, type SeedChecklist } from './define';
import { LAW_REVIEW_ITEMS } from './reviewLaw';

const adultResidential = only([CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm]);

export const CONTRACT_REVIEW: SeedChecklist = {
  name: 'Gennemgang af kontrakt før underskrift',
  phase: 'negotiation',
  purpose: 'contractReview',
  items: [
    {
      id: 'own-contract',
      text: 'Er kontrakten skrevet på Kommunens skabelon og ikke på leverandørens egne vilkår?',
      guidance:
        'En kontrakt, leverandøren selv har skrevet, tilgodeser typisk leverandøren. Brug Kommunens skabelon, og registrér en begrundet afvigelse, hvis det ikke kan lade sig gøre.',
      requiresTopic: 'contract-basis',
    },
    {
      id: 'legal-basis',
      text: 'Henviser kontrakten til det lovgrundlag, afgørelsen er truffet efter – og ikke til servicelovens § 52 eller § 66 for et barn?',
      guidance:
        'Anbringelser og støttende indsatser til børn følger barnets lov fra 1. januar 2024. Finder gennemgangen "servicelovens § 52" eller "§ 66" i en børnekontrakt, bygger kontrakten på ophævede regler og skal rettes.',
      requiresTopic: 'legal-basis',
    },
    {
      id: 'framework-variant',
      text: 'Er det afklaret, om tilbuddet er omfattet af den regionale rammeaftale, og er den rigtige variant brugt?',
      guidance:
        'For tilbud i rammeaftalen gælder styringsaftalens regler om takst og regulering. Slå tilbuddet op på rammeaftalens tilbudsliste, og brug variant A eller B.',
      requiresTopic: 'framework-agreement',
    },
    {
      id: 'rate-basis',
      text: 'Foreligger der et takstgrundlag, der forklarer, hvordan taksten er beregnet?',
      guidance: 'Bed om en takstredegørelse. Uden den er der intet at forhandle ud fra.',
      requiresTopic: 'rate-basis',
    },
    {
      id: 'sub-prices',
      text: 'Er prisen delt op i delpriser for personale, ledelse, bygning, kost, aktiviteter og fællesudgifter?',
      guidance: 'En samlet pris uden delpriser gør det umuligt at se, hvad en takststigning går til.',
      requiresTopic: 'rate-basis',
    },
    {
      id: 'service-description',
      text: 'Beskriver kontrakten konkret, hvad der leveres, hvor ofte og af hvem?',
      guidance: 'Vendinger som "individuel støtte efter behov" er for vage til at følge op på.',
      requiresTopic: 'service-description',
    },
    {
      id: 'unordered-services',
      text: 'Kan leverandøren fakturere ydelser, som Kommunen ikke har bestilt skriftligt?',
      guidance:
        'Vilkår som "ydelser ud over taksten faktureres efter medgået tid" lader regningen vokse uden Kommunens accept. Kræv skriftlig bestilling med omfang, periode og pris, før en ydelse uden for taksten kan faktureres.',
      requiresTopic: 'add-on-services',
    },
    {
      id: 'renegotiation',
      text: 'Er det klart, hvornår og hvordan takst og indsats genforhandles?',
      guidance: 'Skriv en dato for første genforhandling og hvad leverandøren skal fremlægge.',
      requiresTopic: 'renegotiation',
    },
    {
      id: 'follow-up',
      text: 'Er kravene til opfølgning klare: hyppighed, skema og SMART-mål?',
      guidance: 'Uden klare krav bliver opfølgningen en samtale uden konsekvens for indsats og pris.',
      requiresTopic: 'follow-up',
    },
    {
      id: 'steering',
      text: 'Bliver kontrakten brugt til at styre – er frister for opfølgning, genforhandling og særtakst lagt ind?',
      guidance:
        'Kontrakten skal registreres i Køberollen, så fristerne dukker op som milepæle hos sagsbehandler og forhandler.',
    },
    {
      id: 'transparent-rates',
      text: 'Er taksterne gennemskuelige og til at sammenligne, fx som pris pr. døgn eller pr. time ansigt-til-ansigt?',
      guidance: 'Omregn pakker til pris pr. time, og sammenlign med andre leverandører i kataloget.',
      requiresTopic: 'rate',
    },
    {
      id: 'add-on-prices',
      text: 'Har alle tillægsydelser en pris og en enhed?',
      guidance: 'Tillægsydelser uden pris kan ikke kontrolleres på fakturaen.',
      requiresTopic: 'add-on-services',
    },
    {
      id: 'special-rate-end',
      text: 'Har en eventuel særtakst en slutdato eller månedlig opfølgning?',
      guidance: 'En særtakst uden afslutning bliver let en permanent forhøjelse.',
      requiresTopic: 'special-rate',
    },
    {
      id: 'regulation',
      text: 'Reguleres prisen én gang om året med PL-satsen fra den seneste økonomiaftale mellem regeringen og KL?',
      guidance:
        'At regulere højst med PL-satsen er Kommunens forhandlingsposition, ikke et lovkrav – men afvis regulering efter leverandørens eget indeks. For tilbud i en regional rammeaftale gælder styringsaftalens regler i stedet.',
      requiresTopic: 'price-regulation',
    },
    {
      id: 'weekly-hours',
      text: 'Står der, hvor mange timer om ugen efter § 83 og § 85 borgeren får?',
      guidance: 'Timetallet er grundlaget for at følge op på leverancen og for at vurdere prisen.',
      requiresTopic: 'weekly-hours',
      applicability: only(ADULT_TYPES),
    },
    {
      id: 'absence',
      text: 'Er det aftalt, hvad Kommunen betaler under fravær, og hvor hurtigt leverandøren melder fravær?',
      guidance:
        'Uden en fraværsregel betales fuld takst for en tom plads. Besked senest få hverdage efter fraværets begyndelse gør det muligt at nedsætte betalingen fra den rigtige dag. Et barn, der er væk uden aftale, meldes straks.',
      requiresTopic: 'absence',
      applicability: only(RESIDENTIAL_TYPES),
    },
    {
      id: 'own-payment',
      text: 'Fastsætter Kommunen borgerens egenbetaling efter servicelovens § 163 – og ikke leverandøren?',
      guidance:
        'Egenbetalingen er Kommunens afgørelse. En leverandørkontrakt, der selv fastsætter borgerens betaling for kost og logi, skal rettes.',
      requiresTopic: 'own-payment',
      applicability: adultResidential,
    },
    {
      id: 'double-payment',
      text: 'Betales husleje, kost eller forbrug to gange – både i taksten og som borgerens egenbetaling?',
      guidance:
        'Sammenhold takstredegørelsen med opgørelsen af egenbetalingen. En udgift, der er regnet med i taksten, må ikke også opkræves hos borgeren.',
      requiresTopic: 'own-payment',
      applicability: adultResidential,
    },
    {
      id: 'insurance',
      text: 'Er forsikringsvilkårene rimelige, så Kommunen ikke betaler selvrisiko eller skader ud over almindeligt slid?',
      guidance:
        'Urimelige forsikringsvilkår er et af de hyppigste problemer i leverandørers kontrakter. Borgeren er ikke part og kan ikke pålægges at tegne forsikring.',
      requiresTopic: 'insurance',
    },
    {
      id: 'liability',
      text: 'Følger erstatningsansvaret dansk rets almindelige regler uden ensidige ansvarsfraskrivelser?',
      guidance:
        'En særskilt ansvarsbestemmelse er ikke nødvendig, fordi de almindelige regler gælder. Stryg krav om, at Kommunen holder leverandøren skadesløs, eller begræns dem med et loft efter aftale med forhandleren.',
    },
    {
      id: 'termination',
      text: 'Binder opsigelsesvarslet begge parter, og kan kontrakten kun ophæves før tid ved væsentlig misligholdelse?',
      guidance:
        'Et ophør uden varsel "ved ny afgørelse" og et kort varsel for leverandøren er faresignaler. Et ændret behov håndteres ved en ny afgørelse og genforhandling, og borgeren eller barnet skal have en plan for overgangen.',
      requiresTopic: 'termination',
    },
    {
      id: 'settlement',
      text: 'Betales der senest 30 dage efter en korrekt faktura, og er der en frist for efterfakturering?',
      guidance:
        'Betalingsfristen løber først fra en korrekt faktura. En frist for efterfakturering beskytter budgettet mod regninger for perioder, der er lukket.',
      requiresTopic: 'settlement',
    },
    {
      id: 'settlement-adjustment',
      text: 'Kan Kommunen få for meget betalt tilbage og modregne det i senere fakturaer?',
      guidance:
        'Fakturakontrollen finder beløb, der er betalt for meget. Uden en aftale om efterregulering og modregning skal hvert beløb inddrives for sig.',
      requiresTopic: 'settlement-adjustment',
    },
    {
      id: 'invoice-content',
      text: 'Står det, hvad fakturaen skal indeholde, så den kan kontrolleres linje for linje?',
      guidance: 'Sagsnummer, periode, enhed, pris og antal – og aldrig CPR-nummer.',
      requiresTopic: 'invoice-content',
    },
    {
      id: 'non-delivery',
      text: 'Er det aftalt, hvad der sker, hvis indsatsen ikke leveres som aftalt?',
      guidance:
        'Kontrakten skal give ret til forholdsmæssigt afslag og en frist for afhjælpning. Ophævelse forudsætter væsentlig misligholdelse.',
      requiresTopic: 'non-delivery',
    },
    {
      id: 'supervision',
      text: 'Er tilbuddet godkendt af socialtilsynet, og er den seneste tilsynsrapport læst?',
      guidance: 'Notér tilsynets konklusion i leverandørkataloget.',
      requiresTopic: 'supervision',
      applicability: only([...ADULT_TYPES, CONTRACT_TYPES.placement]),
    },
    {
      id: 'quality-agreement',
      text: 'Er tilbuddet godkendt af beliggenhedskommunen ved en kvalitetsaftale, og er aftalen vedlagt?',
      guidance:
        'Behandlings- og specialundervisningstilbud godkendes ikke af socialtilsynet. Uden en gældende kvalitetsaftale må tilbuddet ikke modtage børn.',
      requiresTopic: 'quality-agreement',
      applicability: only([CONTRACT_TYPES.dayTreatment]),
    },
    {
      id: 'tilbudsportalen',
      text: 'Er tilbuddet registreret på Tilbudsportalen med de oplysninger, kontrakten bygger på?',
      guidance: 'Notér tilbuds-id, og tjek, at den godkendte målgruppe dækker behovet.',
      requiresTopic: 'tilbudsportalen',
      applicability: only([...ADULT_TYPES, CONTRACT_TYPES.placement]),
    },
    {
      id: 'criminal-record',
      text: 'Indhenter leverandøren børneattest for alle, der får direkte kontakt med børnene?',
      guidance: 'Husk vikarer, praktikanter og frivillige, og bed om dokumentation ved opfølgningen.',
      requiresTopic: 'criminal-record',
      applicability: only(CHILD_TYPES),
    },
    {
      id: 'duty-to-report',
      text: 'Er den skærpede underretningspligt og leverandørens procedure for den beskrevet?',
      guidance:
        'Underretningspligten efter barnets lov § 133 er personlig. En underretning om barnet går straks til Kommunen; en bekymring for et andet barn i tilbuddet går til det barns kommune, ikke til Kommunen.',
      requiresTopic: 'duty-to-report',
      applicability: only(CHILD_TYPES),
    },
    {
      id: 'transition-18',
      text: 'Er det aftalt, hvordan overgangen ved 18 år planlægges, og hvad der sker med opholdet?',
      guidance:
        'Kontrakten ophører ved 18 år, medmindre Kommunen træffer afgørelse om ungestøtte efter barnets lov kapitel 13; en indsats som voksen efter serviceloven kræver en ny kontrakt.',
      requiresTopic: 'transition-18',
      applicability: only([CONTRACT_TYPES.placement]),
    },
    {
      id: 'change-of-provider',
      text: 'Er det aftalt, hvad der sker ved tab af godkendelse, konkurs, ejerskifte eller overdragelse af kontrakten?',
      guidance:
        'Leverandøren skal varsle et ejerskifte og kan ikke overdrage kontrakten uden samtykke. Mister tilbuddet godkendelsen, skal der være en plan for flytningen.',
      requiresTopic: 'change-of-provider',
    },
    {
      id: 'housing-document',
      text: 'Er boligdokumentet vedlagt ved længerevarende botilbud efter § 108?',
      guidance: 'Boligdokumentet beskriver borgerens vilkår og er grundlaget for at tjekke egenbetalingen.',
      requiresTopic: 'housing-document',
      applicability: only([CONTRACT_TYPES.longTerm], ['sel108']),
    },
    {
      id: 'data-protection',
      text: 'Er databeskyttelse og sikker udveksling af oplysninger aftalt?',
      guidance:
        'Personoplysninger udveksles kun via sikker e-mail eller en anden sikker forbindelse, og CPR-nummeret står aldrig på fakturaer.',
      requiresTopic: 'data-protection',
    },
    ...LAW_REVIEW_ITEMS,
  ],
};
