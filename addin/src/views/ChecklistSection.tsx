// The contract-review checklists: each item ticked in the pane is remembered by the document and recorded with reviews.
import { Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

import { templateContext } from '@koberollen/shared/rules/documentReview';

import { applicableChecklists, checkKey, reviewChecklists } from '../document/review';
import type { DocumentState } from '../document/types';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { Muted } from './common';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column' },
});

interface Props {
  loaded: LoadedLibrary;
  /** Called with the document's state once a tick is remembered. */
  onChanged: (next: DocumentState) => void;
}

export function ChecklistSection({ loaded, onChanged }: Props) {
  const styles = useStyles();
  const { state, updateState } = useWorkspace();
  const template = state.templateId ? loaded.index.template(state.templateId) : undefined;
  const checklists = applicableChecklists(reviewChecklists(loaded.library), template ? templateContext(template) : {});
  const checked = new Set(state.checked);
  const toggle = async (key: string, on: boolean) => {
    const next = { ...state, checked: on ? [...state.checked, key] : state.checked.filter((k) => k !== key) };
    await updateState({ checked: next.checked });
    onChanged(next);
  };
  if (checklists.length === 0) return <Muted>Biblioteket har ingen tjekliste til kontraktgennemgang.</Muted>;
  return checklists.map((checklist) => (
    <section key={checklist.id} className={styles.section} aria-labelledby={`checklist-${checklist.id}`}>
      <Subtitle2 as="h3" id={`checklist-${checklist.id}`}>
        {checklist.name}
      </Subtitle2>
      <ul className={styles.list}>
        {checklist.items.map((item) => {
          const key = checkKey(checklist.id, item.id);
          return (
            <li key={key}>
              <Checkbox
                checked={checked.has(key)}
                label={item.text}
                onChange={(_, data) => void toggle(key, data.checked === true)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  ));
}
