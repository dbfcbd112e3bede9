// Demo checklist for reviewing a contract, above all one the provider wrote: the weaknesses municipalities
// keep finding, each pointing at the clause topic that cures it.
import type { SeedChecklist } from './define';

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
      text: "Er den årlige prisregulering begrænset til KL's sats?",
      guidance: "Afvis regulering efter leverandørens eget indeks eller ud over KL's pris- og lønudvikling.",
      requiresTopic: 'price-regulation',
    },
    {
      id: 'weekly-hours',
      text: 'Står der, hvor mange timer om ugen efter § 83 og § 85 borgeren får?',
      guidance: 'Timetallet er grundlaget for at følge op på leverancen og for at vurdere prisen.',
      requiresTopic: 'weekly-hours',
    },
    {
      id: 'insurance',
      text: 'Er forsikringsvilkårene rimelige, så Kommunen ikke betaler selvrisiko eller skader ud over almindeligt slid?',
      guidance: 'Urimelige forsikringsvilkår er et af de hyppigste problemer i leverandørers kontrakter.',
      requiresTopic: 'insurance',
    },
    {
      id: 'liability',
      text: 'Følger erstatningsansvaret dansk rets almindelige regler uden ensidige ansvarsfraskrivelser?',
      guidance: '',
      requiresTopic: 'liability',
    },
    {
      id: 'termination',
      text: 'Er opsigelsesvarslerne rimelige, og ophører betalingen, når behovet ophører?',
      guidance: 'Lange varsler for Kommunen og korte for leverandøren er et faresignal.',
      requiresTopic: 'termination',
    },
    {
      id: 'settlement',
      text: 'Betales der senest 30 dage efter en korrekt faktura, og er der en frist for efterfakturering?',
      guidance: '',
      requiresTopic: 'settlement',
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
      guidance: '',
      requiresTopic: 'non-delivery',
    },
    {
      id: 'supervision',
      text: 'Er tilbuddet godkendt af socialtilsynet, og er den seneste tilsynsrapport læst?',
      guidance: 'Notér tilsynets konklusion i leverandørkataloget.',
      requiresTopic: 'supervision',
    },
    {
      id: 'housing-document',
      text: 'Er boligdokumentet vedlagt ved længerevarende botilbud efter § 108?',
      guidance: 'Gælder kun § 108-kontrakter.',
      requiresTopic: 'housing-document',
    },
    {
      id: 'data-protection',
      text: 'Er databeskyttelse og sikker udveksling af oplysninger aftalt?',
      guidance: '',
      requiresTopic: 'data-protection',
    },
  ],
};
