// Sign-in: a picker of the demo municipalities' users in local mode (or straight in from a ?tenant=&role= link),
// Microsoft sign-in (nested app authentication, else Office SSO) in production.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

import { devLinkOf, type DevTenantEntry, findDevUser } from '@koberollen/shared/auth/devSignIn';
import { ROLE_LABELS } from '@koberollen/shared/domain/roleLabels';
import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { PlainSelect } from '@koberollen/shared/ui/plainControls';

import { BootstrapError, getDevTenants, type Health } from './bootstrapApi';
import { entraSession, localSession, type Session } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface SignInScreenProps {
  base: string;
  health: Health;
  /** Why the user is here again (an expired session), when that is the case. */
  notice?: string;
  onSignedIn: (session: Session) => void;
}

/** Each user once per role they hold, as the picker lists them: "Sara Sagsbehandler – Sagsbehandler". */
function choicesOf(tenant: DevTenantEntry | undefined) {
  return (tenant?.users ?? []).flatMap((user) =>
    user.roles.map((role) => ({ value: `${user.userId}|${role}`, label: `${user.name} – ${ROLE_LABELS[role]}`, role })),
  );
}

function LocalSignIn({ base, onSignedIn, notice }: Omit<SignInScreenProps, 'health'>) {
  const styles = useStyles();
  const [tenants, setTenants] = useState<DevTenantEntry[]>();
  const [tenantId, setTenantId] = useState('');
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const linkTried = useRef(false);

  const signIn = async (tenantList: DevTenantEntry[], pickTenant: string, userId: string, role: string) => {
    const tenant = tenantList.find((t) => t.id === pickTenant);
    const user = tenant?.users.find((u) => u.userId === userId && u.roles.some((r) => r === role));
    const pick = tenant && user ? findDevUser([{ ...tenant, users: [user] }], pickTenant, role) : undefined;
    if (!pick) return setError('Brugeren findes ikke i den valgte kommune.');
    setBusy(true);
    try {
      onSignedIn(await localSession(base, pick));
    } catch (caught) {
      setError(`Log ind mislykkedes: ${caught instanceof Error ? caught.message : 'ukendt fejl'}`);
      setBusy(false);
    }
  };

  useEffect(() => {
    let active = true;
    getDevTenants(base).then(
      (items) => {
        if (!active) return;
        setTenants(items);
        setTenantId(items[0]?.id ?? '');
        const link = devLinkOf(window.location.search);
        if (!link || linkTried.current || notice) return;
        linkTried.current = true;
        const pick = findDevUser(items, link.tenantId, link.role);
        if (pick) void signIn(items, pick.tenantId, pick.userId, pick.role);
        else setError('Linket nævner en kommune eller rolle, der ikke findes. Vælg en bruger nedenfor.');
      },
      (caught: Error) => active && setError(`Demobrugerne kunne ikke hentes: ${caught.message}`),
    );
    return () => {
      active = false;
    };
    // Runs once per API: the link signs in on the first visit only.
  }, [base]);

  const choices = choicesOf(tenants?.find((t) => t.id === tenantId));
  const selected = choice || choices[0]?.value || '';
  if (!tenants && !error) return <Body1 role="status">Henter demobrugere …</Body1>;
  return (
    <form
      className={styles.root}
      aria-label="Log ind"
      onSubmit={(event) => {
        event.preventDefault();
        const [userId = '', role = ''] = selected.split('|');
        void signIn(tenants ?? [], tenantId, userId, role);
      }}
    >
      {notice && <Body1 as="p">{notice}</Body1>}
      <Body1 as="p">Demoudgave: vælg en kommune og en bruger at logge ind som.</Body1>
      <PlainSelect
        label="Kommune"
        value={tenantId}
        onChange={(event) => (setTenantId(event.target.value), setChoice(''))}
      >
        {(tenants ?? []).map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </PlainSelect>
      <PlainSelect label="Bruger og rolle" value={selected} onChange={(event) => setChoice(event.target.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </PlainSelect>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <PlainButton appearance="primary" type="submit" disabled={busy || !selected}>
        {busy ? 'Logger ind …' : 'Log ind'}
      </PlainButton>
    </form>
  );
}

function EntraSignIn({ base, onSignedIn, notice }: Omit<SignInScreenProps, 'health'>) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const signIn = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { entraTokenSource } = await import('./entraSignIn');
      onSignedIn(await entraSession(base, await entraTokenSource()));
    } catch (failure) {
      if (failure instanceof BootstrapError && failure.status === 403) setError(failure.message);
      else
        setError('Log ind mislykkedes. Kontrollér, at du er logget ind i Office med din kommunes konto, og prøv igen.');
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      {notice && <Body1 as="p">{notice}</Body1>}
      <Body1 as="p">Log ind med din kommunes Microsoft-konto.</Body1>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <PlainButton appearance="primary" disabled={busy} onClick={() => void signIn()}>
        {busy ? 'Logger ind …' : 'Log ind med Microsoft'}
      </PlainButton>
    </div>
  );
}

export function SignInScreen(props: SignInScreenProps) {
  return props.health.auth === 'local' ? <LocalSignIn {...props} /> : <EntraSignIn {...props} />;
}
