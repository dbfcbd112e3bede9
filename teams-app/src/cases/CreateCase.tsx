// Create a case: the case-system reference (never a CPR number, explained before sending), the need, the target
// group and who works on it; offers compared side by side come along as the case's alternatives. What was typed
// survives a failed save, and leaving with unsaved input asks first.
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import { CaseReference } from '@koberollen/shared/domain/case';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';

import { PARAGRAPHS, TARGET_GROUPS } from '../providers/catalogueOptions';
import { offersOfParam } from '../providers/compareLink';
import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { navigateAfterSave, parseRoute, routeHref, useUnsavedGuard } from '../shell/route';
import { ErrorState } from '../shell/states';
import { assignable } from './caseOptions';
import { offerKey, useOfferNames } from './useOfferNames';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  offers: { border: 0, margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
});

const EMPTY = { reference: '', title: '', targetGroup: '', paragraph: '', assignee: '', negotiator: '', notes: '' };

/** Why the reference cannot be sent, in Danish, or undefined when it can. */
function referenceProblem(reference: string): string | undefined {
  if (!reference.trim()) return undefined;
  if (containsCprNumber(reference)) return CPR_REFUSAL;
  return CaseReference.safeParse(reference.trim()).success
    ? undefined
    : 'Brug sagsnummeret fra sagssystemet: 3-60 tegn, bogstaver, tal, mellemrum og . / _ -';
}

export function CreateCase() {
  const styles = useStyles();
  const { api, colleagues, user } = useSession();
  const mayCreate = useCan('cases');
  const workers = assignable(colleagues, 'caseworker', user);
  const negotiators = assignable(colleagues, 'negotiator', user);
  const [form, setForm] = useState({ ...EMPTY, assignee: workers.find((w) => w.userId === user.userId)?.userId ?? '' });
  const [saving, setSaving] = useState(false);
  /** Offers compared side by side before the case was made (`?tilbud=`), each taken along unless unticked. */
  const [compared] = useState(() => offersOfParam(parseRoute(window.location.hash).params.get('tilbud')));
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const offerName = useOfferNames(compared);
  const alternatives = compared.filter((ref) => !left.has(offerKey(ref)));
  const [error, setError] = useState<unknown>();
  useReportFirstData(true);
  useUnsavedGuard(Object.entries(form).some(([k, v]) => k !== 'assignee' && v.trim() !== ''));
  const set = (field: keyof typeof EMPTY) => (_e: unknown, data: { value: string }) =>
    setForm((current) => ({ ...current, [field]: data.value }));

  const referenceError = referenceProblem(form.reference);
  const notesCpr = containsCprNumber(form.title) || containsCprNumber(form.notes);
  const assignee = workers.find((w) => w.userId === form.assignee);
  const negotiator = negotiators.find((n) => n.userId === form.negotiator);
  const complete = form.reference.trim() && form.title.trim() && form.targetGroup && assignee;
  const sendable = complete && !referenceError && !notesCpr && !saving;

  const save = async () => {
    if (!assignee) return;
    setSaving(true);
    setError(undefined);
    try {
      const { data } = await api.call(caseRoutes.create, {
        body: {
          reference: form.reference.trim(),
          title: form.title.trim(),
          targetGroup: form.targetGroup,
          ...(form.paragraph ? { paragraph: form.paragraph } : {}),
          assignee,
          ...(negotiator ? { negotiator } : {}),
          notes: form.notes,
          alternatives: alternatives.map((ref) => ({ ...ref, reason: '' })),
        },
      });
      navigateAfterSave(routeHref('sager', [data.id]));
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };

  if (!mayCreate) return <Text as="p">Din rolle kan ikke oprette sager.</Text>;
  return (
    <section aria-labelledby="create-heading">
      <Title3 as="h2" id="create-heading">
        Opret sag
      </Title3>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (sendable) void save();
        }}
      >
        <Field
          label="Sagsnummer fra sagssystemet"
          required
          hint="Fx SAG-2026-0143. Skriv aldrig borgerens CPR-nummer – Køberollen gemmer det ikke."
          validationState={referenceError ? 'error' : 'none'}
          validationMessage={referenceError}
        >
          <Input value={form.reference} onChange={set('reference')} />
        </Field>
        <Field
          label="Kort beskrivelse af behovet"
          required
          validationState={containsCprNumber(form.title) ? 'error' : 'none'}
          validationMessage={containsCprNumber(form.title) ? CPR_REFUSAL : undefined}
        >
          <Input value={form.title} onChange={set('title')} />
        </Field>
        <Field label="Målgruppe" required>
          <Select value={form.targetGroup} onChange={set('targetGroup')}>
            <option value="">Vælg målgruppe</option>
            {TARGET_GROUPS.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </Select>
        </Field>
        <Field label="Paragraf">
          <Select value={form.paragraph} onChange={set('paragraph')}>
            <option value="">Endnu ikke afklaret</option>
            {PARAGRAPHS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </Select>
        </Field>
        <Field label="Sagsbehandler" required>
          <Select value={form.assignee} onChange={set('assignee')}>
            <option value="">Vælg sagsbehandler</option>
            {workers.map((w) => (
              <option key={w.userId} value={w.userId}>
                {w.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Forhandler">
          <Select value={form.negotiator} onChange={set('negotiator')}>
            <option value="">Ingen endnu</option>
            {negotiators.map((n) => (
              <option key={n.userId} value={n.userId}>
                {n.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Uddybning af behovet"
          hint="Uden personoplysninger."
          validationState={containsCprNumber(form.notes) ? 'error' : 'none'}
          validationMessage={containsCprNumber(form.notes) ? CPR_REFUSAL : undefined}
        >
          <Textarea value={form.notes} onChange={set('notes')} resize="vertical" />
        </Field>
        {compared.length > 0 && (
          <fieldset className={styles.offers}>
            <legend>
              <Text weight="semibold">Overvejede tilbud fra sammenligningen</Text>
            </legend>
            {compared.map((ref) => (
              <Checkbox
                key={offerKey(ref)}
                label={offerName(ref)}
                checked={!left.has(offerKey(ref))}
                onChange={(_e, data) =>
                  setLeft((current) => {
                    const next = new Set(current);
                    if (data.checked) next.delete(offerKey(ref));
                    else next.add(offerKey(ref));
                    return next;
                  })
                }
              />
            ))}
          </fieldset>
        )}
        {error !== undefined && <ErrorState error={error} />}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={!sendable}>
            {saving ? 'Opretter …' : 'Opret sag'}
          </Button>
          <Button as="a" href={routeHref('sager')}>
            Annullér
          </Button>
        </div>
      </form>
    </section>
  );
}
