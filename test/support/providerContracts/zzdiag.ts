import { recognizeTopics } from '@koberollen/shared/rules/topicRecognition';
import { TUNED_CONTRACTS } from './index';
import { DEMO_VOCABULARY, measure } from './measure';
const m = measure(TUNED_CONTRACTS);
console.log(m.recall, m.precision);
for (const e of m.errors) console.log('ERR', e.kind, e.contract, e.topic, e.evidence ?? '');
const topic = process.env.T;
if (topic) for (const c of TUNED_CONTRACTS) { const ev = recognizeTopics(c.text, DEMO_VOCABULARY).get(topic); if (ev && c.topics.includes(topic as never)) console.log('TP', c.id, ev.phrase, '|', ev.sentence); }
