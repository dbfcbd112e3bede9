// A contract text as a provider wrote it, with the checklist topics a reviewer finds settled in it.

/** The topics the recognition is measured on: what a contract review asks of a provider's own text. */
export const MEASURED_TOPICS = [
  'rate',
  'rate-basis',
  'price-regulation',
  'add-on-services',
  'special-rate',
  'absence',
  'own-payment',
  'settlement',
  'termination',
  'term',
  'insurance',
  'liability',
  'supervision',
  'quality-agreement',
  'criminal-record',
  'data-protection',
  'duty-to-report',
  'follow-up',
] as const;
export type MeasuredTopic = (typeof MEASURED_TOPICS)[number];

export interface ProviderContract {
  id: string;
  /** Adult residential or support, a child's placement, or day treatment and special schooling. */
  offer: 'adult' | 'children' | 'day-treatment';
  text: string;
  /** The measured topics the text settles; every other measured topic is absent on purpose. */
  topics: MeasuredTopic[];
}
