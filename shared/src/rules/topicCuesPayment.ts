// The cues of the payment topics (absence, add-ons, own payment, settlement): what a sentence about how the price is
// paid must hold, and the words showing it is about another of them; part of `TOPIC_CUES` (`topicCues.ts`).
import type { TopicCues } from './topicCueShape';

export const PAYMENT_CUES: Readonly<Record<string, TopicCues>> = {
  // A notice of ending that applies to the payment ("Varslet gælder alene betalingen") is no absence rule.
  absence: {
    excluding: ['varslet', 'varsel', 'ophør'],
    required: [
      'betaler',
      'betales',
      'betaling',
      'pris',
      'takst',
      'vederlag',
      'faktureres',
      'fakturerer',
      'regning',
      'leveret',
      'nedsættes',
      'nedslag',
      'reduceres',
    ],
  },
  // What the municipality arranges itself is no add-on of the provider's; a time-limited extra is a special rate.
  'add-on-services': {
    excluding: [
      'moms',
      'særtakst',
      'de første',
      'den første',
      'så længe',
      'midlertidig',
      'en periode',
      'indtil',
      'ophører',
      'aftales af kommunen',
      'kommunen sørger',
      'kommunen selv',
      // A yearly price regulation ("tillægges hvert år … lønudviklingen") adds no service.
      'lønudvikling',
      'økonomiaftale',
      'procentvise',
      // A surcharge reviewed a month at a time is a special rate; a cover an insurance does not give adds no service.
      'ad gangen',
      'forsikring',
      // A surcharge that stops or is reconsidered ("stopper det efter de seks uger", "om det skal fortsætte") and
      // extra staff for a while are a special rate.
      'stopper',
      'fortsætte',
      'tager stilling',
      'ekstra voksen',
      'ekstra voksne',
      'ekstra personale',
      'ekstra medarbejder',
      'ekstra bemanding',
      'ekstra normering',
      // Transport the municipality grants itself ("Kørsel … er ikke omfattet og bevilges af kommunen") is no add-on.
      'bevilges af kommunen',
      'kommunen bevilger',
      'transport er ikke',
      'kørsel er ikke',
      'hjem og skole',
      // What the citizen chooses to buy ("Beboeren kan vælge at købe kostpakke") is the citizen's own payment.
      'kan vælge at købe',
      'husleje',
      'i højst',
      'vurderes igen',
    ],
  },
  'own-payment': {
    required: [
      'selv',
      'pris',
      'betaler',
      'betale',
      'betales',
      'egenbetaling',
      'opkræves',
      'opkræver',
      'beløb',
      '# kr.',
      'sørger for',
      'ingen',
      'gratis',
    ],
    // Help with the citizen's own bills ("hjælp til at få overblik over husleje") is the service, not a payment.
    // What the price holds ("lommepenge er indeholdt i døgnprisen") the citizen does not pay.
    excluding: [
      'hjælp til',
      'hjælper med',
      'støtte til',
      'styr på',
      'overblik',
      'selvfølgelig',
      'indeholdt i',
      'inkluderet i',
      'indgår i',
      'medregnet',
      'indregnet',
      'rummer',
      'sat sammen',
      'sammensat',
      // Parents named in an absence rule ("ferie hos forældrene betales fuld grundtakst") pay nothing themselves.
      'fuld takst',
      'fuld grundtakst',
      'indlæggelse',
      'rømning',
      'fravær',
      // What the rate is reckoned from ("beregnet ud fra en normering … samt kost og logi").
      'beregnet ud fra',
      'normering',
    ],
  },
  // Passing a cost on ("viderefakturerer uden avance") is an add-on, not how the price is invoiced.
  settlement: {
    // Collecting the citizen's own payment ("opkræver vi direkte hos ham") is no invoicing of the municipality.
    excluding: [
      'pr. km',
      'viderefakturerer',
      'kost og logi',
      'egenbetaling',
      'direkte hos',
      'hos borgeren',
      'hos beboeren',
      'hos forældrene',
      // The citizen's payment collected by the municipality, a day not invoiced after a cancellation, an extra billed
      // apart ("som vi sender en særskilt regning på") and parents told they pay nothing are no invoicing terms.
      'beboerens betaling',
      'borgerens betaling',
      'afbud',
      'fravær',
      'ikke faktureret',
      'særskilt regning',
      'skal ikke betale',
    ],
    required: [
      'betalingsfrist',
      'betalingsbetingelser',
      'netto',
      'forud',
      'bagud',
      'ean',
      'kommunen',
      'hver',
      'kvartal',
      'forfald',
      'afregnes',
      'afregning',
      'inden',
      'i måneden',
      'hver måned',
      'månedsvis',
      'måneden',
      'leveret',
      'slut',
      'afsluttet',
    ],
  },
};
