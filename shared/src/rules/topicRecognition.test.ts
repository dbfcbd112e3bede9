// Topic recognition in a provider's own wording: word forms, compounds, amounts with units, parts sharing a sentence,
// longer phrases claiming their words, clauses, cues a topic needs beside its phrase, and evidence sentences.
import { recognizeTopics } from './topicRecognition';

const vocabulary = [
  { topic: 'termination', phrases: ['opsigelse', 'sige aftalen op'] },
  { topic: 'rate', phrases: ['# kr. pr. døgn', '# kr. i timen', 'takst'] },
  { topic: 'settlement', phrases: ['afregning'] },
  { topic: 'criminal-record', phrases: ['attest fra politiet'] },
  { topic: 'add-on-services', phrases: ['ydelse', 'ikke med i prisen', 'afregnes efter regning'] },
  { topic: 'rate-basis', phrases: ['med i prisen'] },
  { topic: 'special-rate', phrases: ['ekstra + vurderes'] },
  { topic: 'own-payment', phrases: ['forældrene betaler'] },
];

const topicsIn = (text: string) => [...recognizeTopics(text, vocabulary).keys()].sort();

describe('recognizeTopics', () => {
  it('finds Danish word forms of a phrase: inflections and the verb behind a noun', () => {
    expect(topicsIn('Opsigelsen skal ske skriftligt.')).toEqual(['termination']);
    expect(topicsIn('Vi afregner hver måned.')).toEqual(['settlement']);
    expect(topicsIn('Taksterne følger budgettet.')).toEqual(['rate']);
  });

  it('finds a phrase inside a compound, at its start or as its last part', () => {
    expect(topicsIn('Opsigelsesvarslet er tre måneder.')).toEqual(['termination']);
    expect(topicsIn('Døgntaksten fremgår af bilag 1.')).toEqual(['rate']);
    expect(topicsIn('Tillægsydelser bestilles skriftligt.')).toEqual(['add-on-services']);
  });

  it('takes a phrase of several words only when one of them stands whole, not from pieces of compounds alone', () => {
    const notice = [{ topic: 'termination', phrases: ['måneds frist'] }];
    expect(recognizeTopics('Pladsen kan siges op med en måneds frist.', notice).has('termination')).toBe(true);
    expect(recognizeTopics('Vi fakturerer månedsvis med betalingsfrist 30 dage.', notice).size).toBe(0);
  });

  it('keeps short words whole: "ops" or "yd" inside other words are not the phrase', () => {
    expect(topicsIn('Ydmyghed og opsyn er vigtige.')).toEqual([]);
  });

  it('reads amounts with units, whatever the number', () => {
    expect(topicsIn('Prisen er 2.640 kr. pr. påbegyndt døgn.')).toEqual(['rate']);
    expect(topicsIn('Støtten koster 620,40 kr. i timen.')).toEqual(['rate']);
    expect(topicsIn('Der er 200 skoledage om året.')).toEqual([]);
  });

  it('reads "kroner", "DKK" and "per" as "kr." and "pr.", and keeps an amount after "kr." in its sentence', () => {
    expect(topicsIn('Et døgn koster 2.640 kroner per påbegyndt døgn.')).toEqual(['rate']);
    const sheet = [{ topic: 'rate', phrases: ['kr. # pr. døgn'] }];
    expect([...recognizeTopics('Pladsen koster kr. 2.640 pr. døgn.', sheet).values()]).toEqual([
      { topic: 'rate', phrase: 'kr. # pr. døgn', sentence: 'Pladsen koster kr. 2.640 pr. døgn.' },
    ]);
    expect(recognizeTopics('Pladsen koster DKK 2.640 per døgn.', sheet).has('rate')).toBe(true);
  });

  it('finds a phrase of parts joined by " + " when every part is in one sentence, in any order', () => {
    expect(topicsIn('Det koster 1.200 kr. ekstra, og behovet vurderes hver anden uge.')).toContain('special-rate');
    expect(topicsIn('Behovet vurderes hver uge, og vi tager 900 kr. ekstra.')).toContain('special-rate');
    expect(topicsIn('Der er ekstra personale. Behovet vurderes løbende.')).not.toContain('special-rate');
  });

  it('takes parts found only as pieces of other words as no phrase: "erhvervsansvar og arbejdsskade" is no "ansvar + skade"', () => {
    const liability = [{ topic: 'liability', phrases: ['ansvar + skade'] }];
    expect(recognizeTopics('Vi har ansvar for skader, vores ansatte forvolder.', liability).size).toBe(1);
    expect(recognizeTopics('Forsikring: erhvervsansvar og arbejdsskade.', liability).size).toBe(0);
  });

  it('leaves words to a longer phrase of another topic that matched them: "ikke med i prisen" is no statement of what the price holds', () => {
    expect(topicsIn('Kost og tøj er med i prisen.')).toEqual(['rate-basis']);
    expect(topicsIn('Kørsel er ikke med i prisen.')).toEqual(['add-on-services']);
    expect(topicsIn('Kørsel afregnes efter regning.')).toEqual(['add-on-services']);
    expect(topicsIn('Vi afregner hver måned.')).toEqual(['settlement']);
  });

  it('keeps the words of a phrase within one clause: a comma ending a clause is not crossed', () => {
    expect(topicsIn('Forældrene betaler for telefonen.')).toEqual(['own-payment']);
    expect(topicsIn('Er barnet hos forældrene, betaler kommunen som normalt.')).toEqual([]);
  });

  it('ends a clause at a semicolon too', () => {
    expect(topicsIn('Varslet angår forældrene; betaler gør kommunen.')).toEqual([]);
  });

  it('reads a word derived from a phrase\'s word as another word, not as a compound: "betalingen" is not "betaler"', () => {
    const paying = [{ topic: 'own-payment', phrases: ['betaler selv'] }];
    expect(recognizeTopics('Varslet angår alene betalingen selv.', paying).size).toBe(0);
    expect(recognizeTopics('Beboeren betaler selv.', paying).size).toBe(1);
    expect(topicsIn('Kørselstaksten fremgår af bilaget.')).toEqual(['rate']);
  });

  it('takes words of one stem as one word only when both are inflected forms: "varighed" is not "var"', () => {
    const lasting = [{ topic: 'term', phrases: ['varighed', 'fakturerer'] }];
    expect(recognizeTopics('Eleven var syg i går.', lasting).size).toBe(0);
    expect(recognizeTopics('Varigheden er et år.', lasting).has('term')).toBe(true);
    expect(recognizeTopics('Ydelsen faktureres månedsvis.', lasting).has('term')).toBe(true);
  });

  it('splits "kr/døgn" into a unit and what it is per, and keeps "2025/26" whole', () => {
    const perDay = [{ topic: 'rate', phrases: ['døgn + # kr.'] }];
    expect(recognizeTopics('Pladsen koster 2.640 kr/døgn.', perDay).has('rate')).toBe(true);
    const year = [{ topic: 'term', phrases: ['skoleåret 2025/26'] }];
    expect(recognizeTopics('Aftalen gælder skoleåret 2025/26.', year).has('term')).toBe(true);
  });

  it('allows two words between the words of a phrase, within one sentence only', () => {
    expect(topicsIn('Begge parter kan sige denne aftale op.')).toEqual(['termination']);
    expect(topicsIn('Vi kræver en attest. Fra politiet kommer den hurtigt.')).toEqual([]);
    expect(topicsIn('Vi beder om en attest hentet fra politiet.')).toEqual(['criminal-record']);
  });

  it('gives the first sentence holding the topic as evidence, with the phrase that matched', () => {
    const text = 'Stedet ligger ved skoven.\nVi afregner månedsvis bagud. Afregning sker også ved ophør.';
    expect(recognizeTopics(text, vocabulary).get('settlement')).toEqual({
      topic: 'settlement',
      phrase: 'afregning',
      sentence: 'Vi afregner månedsvis bagud.',
    });
    expect(recognizeTopics('kr. pr. døgn', vocabulary).size).toBe(0);
  });

  it('joins the phrases of a topic listed twice and ignores empty phrases', () => {
    const twice = [
      { topic: 'rate', phrases: ['—'] },
      { topic: 'rate', phrases: ['døgnpris'] },
    ];
    expect([...recognizeTopics('Døgnprisen er fast.', twice).keys()]).toEqual(['rate']);
    expect(recognizeTopics('', twice).size).toBe(0);
  });

  it('settles a topic with cues only where a sentence holds one of them and none excluding it', () => {
    const cued = [
      { topic: 'insurance', phrases: ['forsikring'], cues: { required: ['dækker', 'tegnet'] } },
      { topic: 'rate', phrases: ['# kr. om'], cues: { excluding: ['betaler selv'] } },
    ];
    const found = (text: string) => [...recognizeTopics(text, cued).keys()];
    expect(found('Vi hjælper med at ringe til banken eller forsikringsselskabet.')).toEqual([]);
    expect(found('Vores erhvervsforsikring dækker skader i opholdet.')).toEqual(['insurance']);
    expect(found('Borgeren betaler selv 40 kr. om dagen for frokost.')).toEqual([]);
    expect(found('Pladsen koster 40.000 kr. om måneden.')).toEqual(['rate']);
  });

  it('settles a topic named in a heading by the next sentence when that holds a cue, showing that sentence', () => {
    const cued = [{ topic: 'insurance', phrases: ['forsikring'], cues: { required: ['tegnet'] } }];
    expect(
      recognizeTopics('Forsikring\nLeverandøren har tegnet en erhvervsansvarsforsikring.', cued).get('insurance'),
    ).toEqual({
      topic: 'insurance',
      phrase: 'forsikring',
      sentence: 'Leverandøren har tegnet en erhvervsansvarsforsikring.',
    });
    expect(recognizeTopics('Forsikring\nOplyses på forespørgsel.', cued).size).toBe(0);
    expect(recognizeTopics('Forsikring oplyses på forespørgsel.\nVi har tegnet en aftale.', cued).size).toBe(0);
  });

  it('settles nothing in a sentence putting itself outside the agreement', () => {
    const text = 'Kommunens opsigelse af borgerens lejemål reguleres ikke af denne aftale.';
    expect(topicsIn(text)).toEqual([]);
    expect(topicsIn(`${text} Aftalen kan opsiges med tre måneders varsel.`)).toEqual(['termination']);
  });

  it('settles nothing in a sentence denying a topic or putting it off', () => {
    expect(topicsIn('Særtakst er ikke aktuelt for Sara, takst er ikke relevant.')).toEqual([]);
    expect(topicsIn('Opsigelse og den slags tager vi, når den egentlige kontrakt skal laves.')).toEqual([]);
    expect(topicsIn('Om opsigelse vender jeg tilbage, når jeg har talt med bestyrelsen.')).toEqual([]);
    expect(topicsIn('Afregning aftales senere.\nOpsigelse sker skriftligt.')).toEqual(['termination']);
  });

  it('settles nothing in a question; a question heading by an answer holding the cues, never by an evasive one', () => {
    const cued = [
      { topic: 'termination', phrases: ['opsigelse'] },
      { topic: 'insurance', phrases: ['forsikring'], cues: { required: ['tegnet'] } },
    ];
    const found = (text: string) => [...recognizeTopics(text, cued).keys()];
    expect(found('Opsigelse? Det er vi sjældent ude for.')).toEqual([]);
    expect(found('Hvad med forsikring?\nVi har tegnet en ulykkesforsikring.')).toEqual(['insurance']);
    expect(found('Hvad med forsikring?\nDet taler vi om.')).toEqual([]);
    expect(found('Hvordan stopper samarbejdet med en opsigelse?\nBegge parter giver besked en måned før.')).toEqual([
      'termination',
    ]);
    expect(found('Opsigelse?\nDet fortæller vi gerne mere om, når I kommer på besøg.')).toEqual([]);
  });

  it('settles nothing in a sentence pointing elsewhere or naming the topic among the law in general', () => {
    expect(topicsIn('Opsigelsesvarsel: se den individuelle kontrakt.')).toEqual([]);
    expect(topicsIn('Spørgsmål om opsigelse kan rettes til kontoret.')).toEqual([]);
    const law = [{ topic: 'supervision', phrases: ['tilsyn'] }];
    expect(recognizeTopics('Vi overholder gældende lovgivning, herunder om tilsyn og underretning.', law).size).toBe(0);
  });

  it('reads "eftersendes" as one word, not as the start of "efterskole"', () => {
    const text = 'Ved længere fravær, fx et ophold på efterskole, aftales en nedsat takst for perioden.';
    expect(topicsIn(text)).toEqual(['rate']);
  });

  it('reads "selve" (the very) as no form of "selv" (oneself)', () => {
    expect(topicsIn('Forældrene betaler selv lommepenge.')).toEqual(['own-payment']);
    const own = [{ topic: 'own-payment', phrases: ['selv betaler'] }];
    expect(recognizeTopics('Selve flyttedagen betales dog.', own).size).toBe(0);
    expect(recognizeTopics('Borgeren selv betaler for tøj.', own).size).toBe(1);
  });
});
