// Review checklist items that name a rule of law a contract must respect: data-protection roles, the two decisions
// behind day treatment, the ungeplan, the § 107 end date, the school year past 18 and the procurement rules.
import { CONTRACT_TYPES } from '../contractTypes';
import { only, type SeedChecklistItem } from './define';

export const LAW_REVIEW_ITEMS: SeedChecklistItem[] = [
  {
    id: 'data-protection-role',
    text: 'Er det vurderet, om leverandøren er dataansvarlig eller databehandler, og er der en databehandleraftale, hvis leverandøren er databehandler?',
    guidance:
      'Rollerne skal vurderes, ikke blot erklæres. Behandler leverandøren oplysningerne på Kommunens vegne og efter Kommunens instruks – fx ved § 85-støtte efter bestilling – er leverandøren databehandler, og databeskyttelsesforordningens artikel 28 kræver en databehandleraftale. Aftal også, hvad der videregives, overdragelse ved flytning og sletning.',
    requiresTopic: 'data-protection',
  },
  {
    id: 'day-treatment-decisions',
    text: 'Har Kommunen truffet begge afgørelser: dagbehandling efter barnets lov § 32, stk. 1, nr. 5 eller 8, og specialundervisning efter folkeskolelovens § 3, stk. 2?',
    guidance:
      'Efter § 4, stk. 2, i lov om behandlings- og specialundervisningstilbud til børn og unge kræver en henvisning begge afgørelser, og afgørelsen om specialundervisning træffes efter pædagogisk-psykologisk rådgivning (folkeskolelovens § 12, stk. 2). Mangler den ene, må barnet ikke henvises.',
    requiresTopic: 'legal-basis',
    applicability: only([CONTRACT_TYPES.dayTreatment], ['bl32']),
  },
  {
    id: 'day-treatment-18',
    text: 'Er det aftalt, om en ung, der fylder 18 år i løbet af skoleåret, kan gøre skoleåret færdigt i tilbuddet?',
    guidance:
      'Efter § 4, stk. 3, i lov om behandlings- og specialundervisningstilbud til børn og unge kan den unge fortsætte resten af skoleåret, når kommunerne og tilbuddet er enige. Aftal det i god tid, så den unge ikke må stoppe midt i skoleåret.',
    requiresTopic: 'transition-18',
    applicability: only([CONTRACT_TYPES.dayTreatment], ['bl32']),
  },
  {
    id: 'ungeplan',
    text: 'Henviser kontrakten til ungeplanen for en anbragt ung fra 16 år, ved siden af barnets plan?',
    guidance:
      'Kommunen skal lave en ungeplan, når en anbragt ung fylder 16 år (barnets lov § 108). Leverandøren skal arbejde efter den og bidrage til planlægningen af ungestøtte efter det fyldte 18. år (barnets lov kapitel 13).',
    requiresTopic: 'transition-18',
    applicability: only([CONTRACT_TYPES.placement]),
  },
  {
    id: 'temporary-end',
    text: 'Har kontrakten om et midlertidigt ophold efter serviceloven § 107 en slutdato eller en revurderingsdato?',
    guidance:
      'Et ophold efter § 107 er midlertidigt. Uden en slutdato eller en dato, hvor indsatsen tages op til revurdering, glider det over i et varigt ophold uden en ny afgørelse. Køberollen gemmer ikke en § 107-kontrakt uden en af datoerne.',
    requiresTopic: 'term',
    applicability: only([CONTRACT_TYPES.temporary], ['sel107']),
  },
  {
    id: 'procurement-rules',
    text: 'Er det vurderet, om købet er så stort, at udbudslovens regler for sociale tjenesteydelser gælder?',
    guidance:
      'Værdien af en kontrakt regnes over hele den forventede varighed. Overstiger den tærskelværdien for sociale og andre specifikke tjenesteydelser, gælder udbudslovens særlige regler for disse ydelser (udbudslovens afsnit III, det såkaldte light-regime), fx om offentliggørelse og ligebehandling. Tal med Kommunens indkøbsfunktion, før der skrives under på et stort enkeltkøb.',
  },
];
