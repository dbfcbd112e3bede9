// The library's contract templates and checklists, each a link to its page (the editor, for procurement).
import { Caption1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { legalBasisText, purposeAndPhase, templateListNote } from './labels';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

export function LibraryDocuments() {
  const styles = useStyles();
  const { api } = useSession();
  const templates = useLoad(() => api.callUnparsed(heads.listTemplates, { query: { limit: 100 } }), 'templates');
  const checklists = useLoad(() => api.callUnparsed(heads.listChecklists, { query: { limit: 100 } }), 'checklists');
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="templates-heading">
        <Subtitle1 as="h3" id="templates-heading">
          Kontraktskabeloner
        </Subtitle1>
        {templates.state === 'loading' && <Loading label="Henter skabeloner …" />}
        {templates.state === 'error' && <ErrorState error={templates.error} onRetry={templates.reload} />}
        {templates.state === 'ready' && templates.data.data.items.length === 0 && (
          <Empty>Ingen skabeloner endnu.</Empty>
        )}
        {templates.state === 'ready' && (
          <ul className={styles.list}>
            {templates.data.data.items.map((template) => (
              <li key={template.id}>
                <Link href={routeHref('klausuler', ['skabeloner', template.id])}>{template.name}</Link>
                <Caption1>
                  {' '}
                  – {legalBasisText(template)}
                  {templateListNote(template)}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="checklists-heading">
        <Subtitle1 as="h3" id="checklists-heading">
          Tjeklister
        </Subtitle1>
        {checklists.state === 'loading' && <Loading label="Henter tjeklister …" />}
        {checklists.state === 'error' && <ErrorState error={checklists.error} onRetry={checklists.reload} />}
        {checklists.state === 'ready' && checklists.data.data.items.length === 0 && (
          <Empty>Ingen tjeklister endnu.</Empty>
        )}
        {checklists.state === 'ready' && (
          <ul className={styles.list}>
            {checklists.data.data.items.map((checklist) => (
              <li key={checklist.id}>
                <Link href={routeHref('klausuler', ['tjeklister', checklist.id])}>{checklist.name}</Link>
                <Caption1> – {purposeAndPhase(checklist)}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
