// `npm run bench:review`: prints recall and precision of the topic recognition per topic and for the tuned, the
// held-out and the whole set of provider-written contracts; the last line is one JSON object.
import { ALL_CONTRACTS, HELD_OUT_CONTRACTS, TUNED_CONTRACTS } from './index';
import { measure } from './measure';

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`.padStart(8);

const sets = { tuned: TUNED_CONTRACTS, heldOut: HELD_OUT_CONTRACTS, all: ALL_CONTRACTS };
const all = measure(ALL_CONTRACTS);

console.log('Topic recognition on provider-written contracts (all texts)');
console.log(`${'topic'.padEnd(20)}  present  found  wrong   recall  precision`);
for (const score of all.perTopic) {
  const present = score.truePositives + score.falseNegatives;
  const found = score.truePositives + score.falsePositives;
  const recall = present === 0 ? 1 : score.truePositives / present;
  const precision = found === 0 ? 1 : score.truePositives / found;
  console.log(
    `${score.topic.padEnd(20)}  ${String(present).padStart(7)}  ${String(found).padStart(5)}  ${String(score.falsePositives).padStart(5)}  ${percent(recall)}  ${percent(precision)}`,
  );
}
console.log('');
const summary: Record<string, { texts: number; recall: number; precision: number }> = {};
for (const [name, contracts] of Object.entries(sets)) {
  const { recall, precision } = measure(contracts);
  summary[name] = {
    texts: contracts.length,
    recall: Number(recall.toFixed(3)),
    precision: Number(precision.toFixed(3)),
  };
  console.log(
    `${name.padEnd(8)} ${String(contracts.length).padStart(2)} texts  recall ${percent(recall)}  precision ${percent(precision)}`,
  );
}
// The held-out texts' wrong answers are named by topic only, so that reading the figures does not show their wording.
for (const error of measure(TUNED_CONTRACTS).errors) {
  const what = error.kind === 'falseNegative' ? 'missed' : `wrongly found (${error.evidence ?? ''})`;
  console.log(`tuned, ${what}: ${error.contract} / ${error.topic}`);
}
for (const error of measure(HELD_OUT_CONTRACTS).errors) {
  console.log(
    `held out, ${error.kind === 'falseNegative' ? 'missed' : 'wrongly found'}: ${error.contract} / ${error.topic}`,
  );
}
console.log(JSON.stringify(summary));
