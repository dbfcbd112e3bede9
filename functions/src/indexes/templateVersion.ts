// A published template version: its stable id and its index, to list a template's versions in order.
import type { TemplateVersion } from '@koberollen/shared/domain/template';

import { indexFields } from '../records/search';
import { versionDocId } from './versionId';

/** Id of the document holding a published template version. */
export const templateVersionId = versionDocId;

export type TemplateVersionIndex = { templateId: string; version: number };

export function templateVersionIndex(version: TemplateVersion): TemplateVersionIndex {
  return { templateId: version.templateId, version: version.version };
}

export const templateVersionFields = indexFields<TemplateVersionIndex>();
