// Move an item of an ordered list up or down: two buttons, and Alt+Up / Alt+Down anywhere in the item's row.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

interface Props {
  /** The item's name, read with each button ("Flyt Takst op"). */
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
}

/** Moving a row re-inserts its element, which drops focus; this gives it back once the list has rendered. */
function keepFocus(element: EventTarget | null) {
  if (element instanceof HTMLElement) requestAnimationFrame(() => element.focus());
}

/** Handles Alt+ArrowUp / Alt+ArrowDown on a row: put it on the row's element as `onKeyDown`. */
export function reorderKeys(index: number, onMove: (to: number) => void) {
  return (event: React.KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(event.key === 'ArrowUp' ? index - 1 : index + 1);
    keepFocus(event.target);
  };
}

export function ReorderButtons({ name, index, count, onMove }: Props) {
  const styles = useStyles();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const move = (to: number, button: HTMLButtonElement | null) => {
    onMove(to);
    keepFocus(button);
  };
  return (
    <span className={styles.root}>
      <Button
        ref={up}
        size="small"
        aria-label={`Flyt ${name} op`}
        disabledFocusable={index === 0}
        onClick={() => index > 0 && move(index - 1, up.current)}
      >
        Op
      </Button>
      <Button
        ref={down}
        size="small"
        aria-label={`Flyt ${name} ned`}
        disabledFocusable={index === count - 1}
        onClick={() => index < count - 1 && move(index + 1, down.current)}
      >
        Ned
      </Button>
    </span>
  );
}
