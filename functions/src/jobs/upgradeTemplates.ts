// Brings contract templates stored before templates had versions up to the current shape: each counts as published
// version 1 with its content as stored, so Word keeps offering it and its history starts there. Each template and its
// first version are written together, batches with an audit event; a second run changes nothing.
import { type Template, TemplateInput, type TemplateVersion } from '@koberollen/shared/domain/template';

import { templateIndex } from '../indexes/template';
import { templateVersionId, templateVersionIndex } from '../indexes/templateVersion';
import { auditOp, systemUser } from '../records/audit';
import { collectAll, collectAllDocs } from '../records/collect';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';

/** Templates per atomic batch: two operations each, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 49;

/** The change note of the version a template stored before versions gets. */
export const FIRST_VERSION_NOTE = 'Skabelonen som den var, da skabeloner fik versioner.';

/** A template stored before versions: its body has no version number. */
const unversioned = (body: Partial<Template>) => typeof body.version !== 'number';

/** The template as published version 1, and that version, from the stored body. */
function asFirstVersion(stored: Template): { template: Template; version: TemplateVersion } {
  const publishedAt = stored.updatedAt;
  const template: Template = { ...stored, version: 1, hasUnpublishedChanges: false, publishedAt };
  const version: TemplateVersion = {
    ...TemplateInput.parse(stored),
    templateId: stored.id,
    version: 1,
    changeNote: FIRST_VERSION_NOTE,
    publishedAt,
    publishedBy: stored.updatedBy,
  };
  return { template, version };
}

/** Upgrades the templates of every onboarded municipality; the number of templates given version 1. */
export async function upgradeTemplates(store: Repository, now: Date): Promise<{ tenants: number; upgraded: number }> {
  const total = { tenants: 0, upgraded: 0 };
  for (const tenant of await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant')) {
    const docs = (await collectAllDocs<Template>(store, tenant.id, 'template')).filter((doc) => unversioned(doc.body));
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH);
      const ops = batch.flatMap((doc): WriteOp[] => {
        const { template, version } = asFirstVersion(doc.body);
        return [
          {
            op: 'replace',
            kind: 'template',
            id: template.id,
            body: template,
            index: templateIndex(template),
            ifMatch: doc.etag,
          },
          {
            op: 'upsert',
            kind: 'templateVersion',
            id: templateVersionId(template.id, 1),
            body: version,
            index: templateVersionIndex(version),
          },
        ];
      });
      const summary = `Skabeloner udgivet som version 1: ${batch.map((doc) => doc.body.name).join(', ')}`;
      await store.write(tenant.id, [
        ...ops,
        auditOp(systemUser(tenant.id), now, {
          action: 'update',
          entityKind: 'template',
          entityId: 'template-upgrade',
          summary,
        }),
      ]);
      total.upgraded += batch.length;
    }
    total.tenants += 1;
  }
  return total;
}
