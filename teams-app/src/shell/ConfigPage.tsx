// The channel tab's configuration page: which of the views the tab opens on.
import { Body1, Field, Radio, RadioGroup, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import type { TeamsBridge } from '../teams/useTeamsHost';
import { VIEW_LABELS, VIEWS } from './route';

export function ConfigPage({ bridge }: { bridge: TeamsBridge | undefined }) {
  const [chosen, setChosen] = useState('');
  useEffect(() => bridge?.notifySuccess(), [bridge]);
  return (
    <section aria-labelledby="config-heading">
      <Title3 as="h2" id="config-heading">
        Tilføj Køberollen til kanalen
      </Title3>
      <Body1 as="p">Vælg den visning, fanen skal åbne med. Alle visninger kan nås fra fanens menu bagefter.</Body1>
      {!bridge && <Body1 as="p">Denne side bruges, når fanen tilføjes i Microsoft Teams.</Body1>}
      <Field label="Fanen åbner med">
        <RadioGroup
          value={chosen}
          onChange={(_event, data) => {
            setChosen(data.value);
            const view = VIEWS.find((v) => v === data.value);
            if (view) bridge?.offerConfiguration({ route: view, name: `Køberollen – ${VIEW_LABELS[view]}` });
          }}
        >
          {VIEWS.map((view) => (
            <Radio key={view} value={view} label={VIEW_LABELS[view]} />
          ))}
        </RadioGroup>
      </Field>
    </section>
  );
}
