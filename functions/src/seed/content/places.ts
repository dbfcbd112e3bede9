// Words the provider generator combines: fictional place names, real towns per region, people and education.
import type { Region } from '@koberollen/shared/domain/common';

/** First and second halves of fictional place names ("Lærke" + "reden"). */
export const NAME_FIRST = [
  'Lærke',
  'Hylde',
  'Ravne',
  'Kilde',
  'Mose',
  'Egern',
  'Rønne',
  'Fyrre',
  'Havre',
  'Tjørne',
  'Kløver',
  'Hassel',
  'Pile',
  'Lyng',
  'Trane',
  'Ugle',
  'Vibe',
  'Spurve',
  'Mejse',
  'Skræppe',
  'Bregne',
  'Siv',
  'Tidsel',
  'Krage',
] as const;

export const NAME_SECOND = [
  'reden',
  'gården',
  'huset',
  'bakken',
  'lunden',
  'vænget',
  'toften',
  'højen',
  'engen',
  'holmen',
  'dalen',
  'stien',
] as const;

/** Legal forms of private providers; public ones (run by a municipality or region) have none. */
export const LEGAL_FORMS = ['ApS', 'ApS', 'A/S', 'S.M.B.A.', '– selvejende institution'] as const;

export interface Town {
  postalCode: string;
  city: string;
  municipality: string;
}

/** Real towns, so addresses look right; street names and house numbers are made up. */
export const TOWNS: Record<Region, Town[]> = {
  Hovedstaden: [
    { postalCode: '3400', city: 'Hillerød', municipality: 'Hillerød Kommune' },
    { postalCode: '2750', city: 'Ballerup', municipality: 'Ballerup Kommune' },
    { postalCode: '3000', city: 'Helsingør', municipality: 'Helsingør Kommune' },
    { postalCode: '2630', city: 'Taastrup', municipality: 'Høje-Taastrup Kommune' },
    { postalCode: '2000', city: 'Frederiksberg', municipality: 'Frederiksberg Kommune' },
  ],
  Sjælland: [
    { postalCode: '4000', city: 'Roskilde', municipality: 'Roskilde Kommune' },
    { postalCode: '4700', city: 'Næstved', municipality: 'Næstved Kommune' },
    { postalCode: '4300', city: 'Holbæk', municipality: 'Holbæk Kommune' },
    { postalCode: '4200', city: 'Slagelse', municipality: 'Slagelse Kommune' },
    { postalCode: '4600', city: 'Køge', municipality: 'Køge Kommune' },
  ],
  Syddanmark: [
    { postalCode: '5000', city: 'Odense C', municipality: 'Odense Kommune' },
    { postalCode: '6000', city: 'Kolding', municipality: 'Kolding Kommune' },
    { postalCode: '6700', city: 'Esbjerg', municipality: 'Esbjerg Kommune' },
    { postalCode: '7100', city: 'Vejle', municipality: 'Vejle Kommune' },
    { postalCode: '5600', city: 'Faaborg', municipality: 'Faaborg-Midtfyn Kommune' },
  ],
  Midtjylland: [
    { postalCode: '8000', city: 'Aarhus C', municipality: 'Aarhus Kommune' },
    { postalCode: '7400', city: 'Herning', municipality: 'Herning Kommune' },
    { postalCode: '8800', city: 'Viborg', municipality: 'Viborg Kommune' },
    { postalCode: '8600', city: 'Silkeborg', municipality: 'Silkeborg Kommune' },
    { postalCode: '8900', city: 'Randers C', municipality: 'Randers Kommune' },
  ],
  Nordjylland: [
    { postalCode: '9000', city: 'Aalborg', municipality: 'Aalborg Kommune' },
    { postalCode: '9800', city: 'Hjørring', municipality: 'Hjørring Kommune' },
    { postalCode: '9700', city: 'Brønderslev', municipality: 'Brønderslev Kommune' },
    { postalCode: '7700', city: 'Thisted', municipality: 'Thisted Kommune' },
    { postalCode: '9900', city: 'Frederikshavn', municipality: 'Frederikshavn Kommune' },
  ],
};

/** The socialtilsyn of each region (socialtilsynsloven § 2, stk. 2). */
const SUPERVISORS: Record<Region, string> = {
  Hovedstaden: 'Socialtilsyn Hovedstaden',
  Sjælland: 'Socialtilsyn Øst',
  Syddanmark: 'Socialtilsyn Syd',
  Midtjylland: 'Socialtilsyn Midt',
  Nordjylland: 'Socialtilsyn Nord',
};

/**
 * A socialtilsyn never supervises offers in its own host municipality: by socialtilsynsloven § 2, stk. 3, another
 * region's socialtilsyn does.
 */
const HOST_SUPERVISED_BY: Record<string, string> = {
  'Frederiksberg Kommune': 'Socialtilsyn Syd',
  'Holbæk Kommune': 'Socialtilsyn Hovedstaden',
  'Hjørring Kommune': 'Socialtilsyn Øst',
  'Silkeborg Kommune': 'Socialtilsyn Nord',
  'Faaborg-Midtfyn Kommune': 'Socialtilsyn Midt',
};

/** The socialtilsyn that supervises an offer in the municipality. */
export function supervisorOf(region: Region, municipality: string): string {
  return HOST_SUPERVISED_BY[municipality] ?? SUPERVISORS[region];
}

export const STREETS = [
  'Lærkevej',
  'Skovbrynet',
  'Engvej',
  'Møllebakken',
  'Kirkestien',
  'Byagervej',
  'Havrevænget',
  'Åløkken',
  'Præstevænget',
  'Smedegade',
  'Bøgeallé',
  'Markvejen',
] as const;

export const FIRST_NAMES = [
  'Anne',
  'Lars',
  'Camilla',
  'Morten',
  'Helle',
  'Rasmus',
  'Pia',
  'Thomas',
  'Louise',
  'Kasper',
  'Hanne',
  'Mikkel',
  'Trine',
  'Søren',
  'Maja',
  'Jesper',
  'Dorthe',
  'Nikolaj',
  'Ida',
  'Bjørn',
] as const;

export const LAST_NAMES = [
  'Kjærgaard',
  'Bech',
  'Vestergaard',
  'Lykke',
  'Ravnsborg',
  'Toft',
  'Holst',
  'Frost',
  'Mølgaard',
  'Brandt',
  'Skov',
  'Krogh',
  'Lindberg',
  'Dahl',
  'Winther',
  'Bang',
] as const;

export const CONTACT_ROLES = ['Forstander', 'Daglig leder', 'Økonomiansvarlig', 'Visitationsansvarlig'] as const;

export const EDUCATION_LEVELS = [
  'Pædagog',
  'Socialrådgiver',
  'Sygeplejerske',
  'Social- og sundhedsassistent',
  'Psykolog',
  'Ergoterapeut',
  'Lærer',
  'Pædagogisk assistent',
] as const;
