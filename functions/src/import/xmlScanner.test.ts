// The streaming XML scanner: the same events however the text is cut into pieces, entities decoded, DTDs refused.
import fc from 'fast-check';

import { UnsupportedMediaTypeError } from '@koberollen/shared/errors';

import { XmlScanner } from './xmlScanner';

/** The scanner's events for the pieces, adjacent text pieces joined. */
function eventsOf(pieces: string[]): string[] {
  const events: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) =>
      events.push(`<${name} ${JSON.stringify(attributes)}${selfClosing ? '/' : ''}>`),
    close: (name) => events.push(`</${name}>`),
    text: (text) => {
      const last = events.length - 1;
      if (events[last]?.startsWith('"')) events[last] = JSON.stringify(JSON.parse(events[last]) + text);
      else events.push(JSON.stringify(text));
    },
  });
  for (const piece of pieces) scanner.write(piece);
  scanner.end();
  return events;
}

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<x:sst xmlns:x="urn:x" count="2"><!-- a > b --><x:si><x:t xml:space="preserve"> Bo &amp; Co &lt;A/S&gt; </x:t></x:si>' +
  '<x:si><x:r><x:t>&#230;&#xF8;&#229; &quot;&apos;</x:t></x:r><x:rPh sb=\'0\' eb="1"><x:t>fon</x:t></x:rPh></x:si>' +
  '<x:si><x:t><![CDATA[<rå & tekst>]]></x:t></x:si><x:si a="1 > 0"/></x:sst>';

it('reports tags without their prefix, attributes and text with entities decoded, CDATA as it is', () => {
  expect(eventsOf([DOCUMENT])).toEqual([
    '"\\n"',
    '<sst {"xmlns:x":"urn:x","count":"2"}>',
    '<si {}>',
    '<t {"xml:space":"preserve"}>',
    '" Bo & Co <A/S> "',
    '</t>',
    '</si>',
    '<si {}>',
    '<r {}>',
    '<t {}>',
    '"æøå \\"\'"',
    '</t>',
    '</r>',
    '<rPh {"sb":"0","eb":"1"}>',
    '<t {}>',
    '"fon"',
    '</t>',
    '</rPh>',
    '</si>',
    '<si {}>',
    '<t {}>',
    '"<rå & tekst>"',
    '</t>',
    '</si>',
    '<si {"a":"1 > 0"}/>',
    '</sst>',
  ]);
});

it('gives the same events however the text is cut into pieces', () => {
  const whole = eventsOf([DOCUMENT]);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DOCUMENT.length - 1 }), { maxLength: 40 }), (cuts) => {
      const at = [0, ...cuts.sort((a, b) => a - b), DOCUMENT.length];
      const pieces = at.slice(1).map((end, i) => DOCUMENT.slice(at[i], end));
      expect(eventsOf(pieces)).toEqual(whole);
    }),
  );
});

it.each([
  ['a DTD, which could expand entities', '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'],
  ['an unknown entity', '<x>&nbsp;</x>'],
  ['a bare ampersand', '<x>Bo & Co</x>'],
  ['a character reference beyond Unicode', '<x>&#x110000;</x>'],
  ['a tag left open at the end', '<x><y a="1"'],
  ['an element never closed', '<x><y a="1"/>'],
])('refuses %s as a damaged file', (_, xml) => {
  expect(() => eventsOf([xml])).toThrow(UnsupportedMediaTypeError);
});
