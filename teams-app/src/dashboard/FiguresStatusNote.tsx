// The dashboard's line on how current its figures are: being updated after a settings change, or when last updated.
import { Body1 } from '@fluentui/react-components';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { figuresStatusText } from '@koberollen/shared/rules/figuresStatusText';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';

/** Shows nothing until the status has loaded, nor when it could not: the figures themselves say their day. */
export function FiguresStatusNote() {
  const { api } = useSession();
  const status = useLoad(async () => (await api.callUnparsed(heads.getFiguresStatus)).data, 'figures-status');
  const text = status.data && figuresStatusText(status.data);
  return text ? (
    <Body1 as="p" role="status">
      {text}
    </Body1>
  ) : null;
}
