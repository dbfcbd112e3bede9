// Compares the working copy, or any published version, with the published one word by word (the `diff` library,
// in this chunk only): title, text, guidance, recognition phrases and applicability, each where it changed.
import { Field, makeStyles, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause, ClauseInput } from '@koberollen/shared/domain/clause';
import { useLoad } from '@koberollen/shared/ui/useLoad';
import { WordDiffText } from '@koberollen/shared/ui/wordDiff';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';

const WORKING_COPY = 'arbejdskopi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  picker: { maxWidth: '360px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  diff: { maxWidth: '80ch', lineHeight: tokens.lineHeightBase400 },
});

/** The parts of a clause compared, each as one text. */
function comparedParts(clause: ClauseInput): [string, string][] {
  const { contractTypes, paragraphs } = clause.applicability;
  return [
    ['Titel', clause.title],
    ['Tekst', clause.paragraphs.map((p) => p.text).join('\n\n')],
    ['Vejledning', clause.guidance],
    ['Genkendelsesord', clause.recognitionPhrases.join(', ')],
    [
      'Anvendelse',
      `Kontrakttyper: ${contractTypes.join(', ') || 'alle'}. Paragraffer: ${paragraphs.join(', ') || 'alle'}.`,
    ],
  ];
}

function WordChanges({ label, before, after }: { label: string; before: string; after: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={label}>
      <Subtitle2 as="h4">{label}</Subtitle2>
      <WordDiffText className={styles.diff} before={before} after={after} />
    </section>
  );
}

interface Props {
  clause: Clause;
  /** `arbejdskopi` or a version number; the working copy when absent. */
  against?: string;
  onPick: (against: string) => void;
}

export default function ClauseCompare({ clause, against = WORKING_COPY, onPick }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const chosen = against === WORKING_COPY ? undefined : Number(against);
  const loaded = useLoad(async () => {
    const versions = (await api.call(clauseRoutes.versions, { params: { id: clause.id }, query: { limit: 200 } })).data;
    return versions.items;
  }, `${clause.id}:${clause.version}`);
  if (clause.version === 0) return <Empty>Klausulen er ikke udgivet endnu, så der er intet at sammenligne med.</Empty>;
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.state === 'loading') return <Loading label="Henter versionerne …" />;
  const versions = loaded.data;
  const published = versions.find((v) => v.version === clause.version);
  const other = chosen === undefined ? clause : versions.find((v) => v.version === chosen);
  const otherName = chosen === undefined ? 'arbejdskopien' : `version ${chosen}`;
  const publishedName = `den udgivne version ${clause.version}`;
  // Always read from old to new: an earlier version before the published one, the working copy after it.
  const otherIsOlder = chosen !== undefined && chosen < clause.version;
  const [older, newer] = otherIsOlder ? [other, published] : [published, other];
  const [olderName, newerName] = otherIsOlder ? [otherName, publishedName] : [publishedName, otherName];
  const changes =
    older && newer
      ? comparedParts(newer).map(([label, text], i) => ({
          label,
          after: text,
          before: comparedParts(older)[i]![1],
        }))
      : [];
  const changed = changes.filter((part) => part.before !== part.after);
  return (
    <div className={styles.root}>
      <Field label="Sammenlign med den udgivne version" className={styles.picker}>
        <Select
          value={chosen === undefined ? WORKING_COPY : String(chosen)}
          onChange={(_e, data) => onPick(data.value)}
        >
          <option value={WORKING_COPY}>Arbejdskopien</option>
          {[...versions].reverse().map((v) => (
            <option key={v.version} value={String(v.version)}>
              Version {v.version}
            </option>
          ))}
        </Select>
      </Field>
      {!other || !published ? (
        <Empty>Versionen findes ikke.</Empty>
      ) : (
        <>
          <Text as="p" role="status">
            {changed.length === 0
              ? `Ingen forskel mellem ${otherName} og ${publishedName}.`
              : `Ændringer fra ${olderName} til ${newerName}: tilføjet er understreget, fjernet er overstreget.`}
          </Text>
          {changed.map((part) => (
            <WordChanges key={part.label} {...part} />
          ))}
        </>
      )}
    </div>
  );
}
