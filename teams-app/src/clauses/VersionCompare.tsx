// Compares the working copy of a versioned library record (clause, template), or any published version, with the
// published one word by word, old → new (the `diff` library, in this chunk only), each part where it changed.
import { Field, makeStyles, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';

import type { ApiClient } from '@koberollen/shared/api/client';
import { useLoad } from '@koberollen/shared/ui/useLoad';
import { WordDiffText } from '@koberollen/shared/ui/wordDiff';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';
import { type Compared, versionPair } from './versionPair';

const WORKING_COPY = 'arbejdskopi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  picker: { maxWidth: '360px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  diff: { maxWidth: '80ch', lineHeight: tokens.lineHeightBase400 },
});

function WordChanges({ label, before, after }: { label: string; before: string; after: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={label}>
      <Subtitle2 as="h4">{label}</Subtitle2>
      <WordDiffText className={styles.diff} before={before} after={after} />
    </section>
  );
}

export interface VersionCompareProps<T extends object> {
  /** The working copy, with its id and latest published version (0 before the first publish). */
  record: T & { id: string; version: number };
  /** Danish noun with article, e.g. `Klausulen`. */
  noun: string;
  /** The record's published versions, oldest first. */
  versions: (api: ApiClient) => Promise<(T & { version: number })[]>;
  /** The parts compared, each as a label and one text. */
  parts: (text: T) => [label: string, text: string][];
  /** `arbejdskopi` or a version number; the working copy when absent. */
  against?: string;
  onPick: (against: string) => void;
}

export function VersionCompare<T extends object>(props: VersionCompareProps<T>) {
  const { record, noun, parts, against = WORKING_COPY, onPick } = props;
  const styles = useStyles();
  const { api } = useSession();
  const chosen: Compared = against === WORKING_COPY ? WORKING_COPY : Number(against);
  const loaded = useLoad(() => props.versions(api), `${record.id}:${record.version}`);
  if (record.version === 0) return <Empty>{noun} er ikke udgivet endnu, så der er intet at sammenligne med.</Empty>;
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.state === 'loading') return <Loading label="Henter versionerne …" />;
  const versions = loaded.data;
  const pair = versionPair<T>(record.version, chosen, record, versions);
  const { older, newer } = pair;
  const changes =
    older && newer ? parts(newer).map(([label, text], i) => ({ label, after: text, before: parts(older)[i]![1] })) : [];
  const changed = changes.filter((part) => part.before !== part.after);
  return (
    <div className={styles.root}>
      <Field label="Sammenlign med den udgivne version" className={styles.picker}>
        <Select value={String(chosen)} onChange={(_e, data) => onPick(data.value)}>
          <option value={WORKING_COPY}>Arbejdskopien</option>
          {[...versions].reverse().map((v) => (
            <option key={v.version} value={String(v.version)}>
              Version {v.version}
            </option>
          ))}
        </Select>
      </Field>
      {!older || !newer ? (
        <Empty>Versionen findes ikke.</Empty>
      ) : (
        <>
          <Text as="p" role="status">
            {changed.length === 0
              ? `Ingen forskel mellem ${pair.otherName} og ${pair.publishedName}.`
              : `Ændringer fra ${pair.olderName} til ${pair.newerName}: tilføjet er understreget, fjernet er overstreget.`}
          </Text>
          {changed.map((part) => (
            <WordChanges key={part.label} {...part} />
          ))}
        </>
      )}
    </div>
  );
}
