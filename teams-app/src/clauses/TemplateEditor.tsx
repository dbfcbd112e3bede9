// A contract template's page: its sections and their clauses in order, its status, the editor of the working copy
// with publishing (procurement), the published versions with their change notes, and the comparison old → new.
import { Button, Link, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';

import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { Template } from '@koberollen/shared/domain/template';

import { routeHref } from '../shell/route';
import { Loading } from '../shell/states';
import { legalBasisText, templateStatusText } from './labels';
import { LibraryRecordPage } from './LibraryRecordPage';
import { readVersions } from './readVersions';
import { TemplateForm } from './TemplateForm';
import { type ContractTypeNames, useContractTypeNames } from './useContractTypeNames';
import { VersionTable } from './VersionTable';

/** The word diff and its library are fetched only when the comparison is opened. */
const TemplateCompare = lazy(() => import('./TemplateCompare'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function TemplateView({ template, titles }: { template: Template; titles: Map<string, string> }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="Afsnit i skabelonen">
      {template.sections.map((section, i) => (
        <li key={i}>
          <Text weight="semibold">{section.title}</Text>
          <ol className={styles.list}>
            {section.clauses.map((ref) => (
              <li key={ref.clauseId}>
                <Link href={routeHref('klausuler', [ref.clauseId])}>{titles.get(ref.clauseId) ?? ref.clauseId}</Link>
                {ref.mandatory ? ' (obligatorisk)' : ''}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

interface WorkspaceProps {
  template: Template;
  etag?: string;
  titles: Map<string, string>;
  addable: Map<string, string>;
  contractTypes: ContractTypeNames;
  mayEdit: boolean;
}

function TemplateWorkspace(props: WorkspaceProps) {
  const styles = useStyles();
  const { titles, addable, contractTypes, mayEdit } = props;
  const [held, setHeld] = useState({ template: props.template, etag: props.etag });
  const [against, setAgainst] = useState<string>();
  const { template } = held;
  return (
    <>
      <Text role="status">{templateStatusText(template)}</Text>
      {mayEdit ? (
        // A publish changes the version the form saves against: the form starts again from the published record.
        <TemplateForm
          key={template.version}
          template={template}
          etag={held.etag}
          titles={titles}
          addable={addable}
          contractTypes={contractTypes}
          onChanged={(next, etag) => setHeld({ template: next, etag })}
        />
      ) : (
        <TemplateView template={template} titles={titles} />
      )}
      <section className={styles.section} aria-labelledby="template-versions-heading">
        <Subtitle2 as="h3" id="template-versions-heading">
          Versioner
        </Subtitle2>
        <VersionTable
          id={template.id}
          current={template.version}
          inForce={template.status === 'active'}
          noun="Skabelonen"
          versions={readVersions(templateRoutes.versions, template.id)}
          onCompare={(version) => setAgainst(String(version))}
        />
      </section>
      {template.version > 0 && (
        <section className={styles.section} aria-labelledby="template-compare-heading">
          <Subtitle2 as="h3" id="template-compare-heading">
            Sammenlign
          </Subtitle2>
          {against === undefined ? (
            <div>
              <Button onClick={() => setAgainst('arbejdskopi')}>
                Sammenlign arbejdskopien med den udgivne version
              </Button>
            </div>
          ) : (
            <Suspense fallback={<Loading label="Henter sammenligningen …" />}>
              <TemplateCompare template={template} titles={titles} against={against} onPick={setAgainst} />
            </Suspense>
          )}
        </section>
      )}
    </>
  );
}

export function TemplateEditor({ id }: { id: string }) {
  const styles = useStyles();
  const contractTypes = useContractTypeNames();
  return (
    <LibraryRecordPage
      id={id}
      read={(api) => api.call(templateRoutes.get, { params: { id } })}
      loadingLabel="Henter skabelonen …"
      headingId="template-heading"
      className={styles.root}
      summary={(template) =>
        `Kontraktskabelon · ${contractTypes.nameOf(template.contractType)} · ${legalBasisText(template)}`
      }
    >
      {({ record, etag, clauses, mayEdit }) => (
        <TemplateWorkspace
          template={record}
          etag={etag}
          titles={new Map(clauses.map((c) => [c.id, c.title]))}
          addable={new Map(clauses.filter((c) => c.status !== 'retired').map((c) => [c.id, c.title]))}
          contractTypes={contractTypes}
          mayEdit={mayEdit}
        />
      )}
    </LibraryRecordPage>
  );
}
