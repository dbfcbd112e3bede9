// The local-mode sign-in: each demo municipality's seeded users with their roles; choosing one signs in in that role.
import { Button, Caption1, makeStyles, Subtitle2, Text, Title3, tokens } from '@fluentui/react-components';

import type { DevTenantEntry } from '@koberollen/shared/auth/devSignIn';
import type { Role } from '@koberollen/shared/domain/user';

import { ROLE_LABELS } from './roles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  tenants: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
  },
  users: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  user: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { minWidth: '140px' },
});

export interface DevChoice {
  tenantId: string;
  userId: string;
  role: Role;
}

export function DevPicker({ tenants, onChoose }: { tenants: DevTenantEntry[]; onChoose: (choice: DevChoice) => void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="picker-heading">
      <Title3 as="h2" id="picker-heading">
        Vælg en demobruger
      </Title3>
      <Text as="p">
        Køberollen kører lokalt med demodata. Vælg en kommune, en bruger og den rolle, du vil arbejde i. Du kan skifte
        bruger når som helst fra sidehovedet.
      </Text>
      <div className={styles.tenants}>
        {tenants.map((tenant) => (
          <section key={tenant.id} aria-labelledby={`tenant-${tenant.id}`}>
            <Subtitle2 as="h3" id={`tenant-${tenant.id}`}>
              {tenant.name}
            </Subtitle2>
            <ul className={styles.users}>
              {tenant.users.map((user) => (
                <li key={user.userId} className={styles.user}>
                  <Text className={styles.name}>{user.name}</Text>
                  {user.roles.map((role) => (
                    <Button
                      key={role}
                      size="small"
                      aria-label={`Log ind som ${user.name}, ${ROLE_LABELS[role]}, ${tenant.name}`}
                      onClick={() => onChoose({ tenantId: tenant.id, userId: user.userId, role })}
                    >
                      {ROLE_LABELS[role]}
                    </Button>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <Caption1 as="p">Demobrugere findes kun, når Køberollen kører i lokal tilstand.</Caption1>
    </section>
  );
}
