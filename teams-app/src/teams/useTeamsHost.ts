// The Teams tab's only contact with teams-js: loads and initialises it when framed, reads the context, follows the theme.
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';

import { withTimeout } from '@koberollen/shared/withTimeout';

export interface TeamsHost {
  /** True while a framed page waits for Teams to answer. */
  loading: boolean;
  inTeams: boolean;
  /** The Teams context (user, team, locale); undefined outside Teams. */
  context: app.Context | undefined;
  /** The Fluent theme matching Teams' theme, or `?theme=` outside Teams. */
  theme: Theme;
}

/** Maps a Teams theme name (`default`, `dark`, `contrast`) to its Fluent theme; anything else is light. */
export function themeFor(name: string | null | undefined): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

/** Teams always shows a tab in a frame; a top-level page cannot be in Teams, so it need not wait for it. */
function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

interface Connection {
  teamsApp: typeof app;
  context: app.Context;
}

/**
 * teams-js is imported only here, on demand: on import it fetches its list of valid origins from Microsoft's CDN,
 * which a page outside Teams has no use for (and its CSP would refuse). The timeout covers Teams' answer only.
 */
async function connect(timeoutMs: number): Promise<Connection | undefined> {
  try {
    const { app: teamsApp } = await import('@microsoft/teams-js');
    await withTimeout(teamsApp.initialize(), timeoutMs, 'Teams app.initialize');
    return { teamsApp, context: await teamsApp.getContext() };
  } catch {
    // A frame that is not Teams (or a Teams that does not answer in time): the tab is then a plain page.
    return undefined;
  }
}

/** Loads and initialises teams-js once when framed; outside a frame it answers at once with `inTeams: false`. */
export function useTeamsHost(timeoutMs: number): TeamsHost {
  const [host, setHost] = useState<TeamsHost>(() => ({
    loading: isFramed(),
    inTeams: false,
    context: undefined,
    theme: themeFor(new URLSearchParams(window.location.search).get('theme')),
  }));

  useEffect(() => {
    if (!isFramed()) return;
    let active = true;
    void connect(timeoutMs).then((connection) => {
      if (!active) return;
      if (!connection) {
        setHost((current) => ({ ...current, loading: false }));
        return;
      }
      const { teamsApp, context } = connection;
      setHost({ loading: false, inTeams: true, context, theme: themeFor(context.app.theme) });
      teamsApp.registerOnThemeChangeHandler((name) => {
        if (active) setHost((current) => ({ ...current, theme: themeFor(name) }));
      });
    });
    return () => {
      active = false;
    };
  }, [timeoutMs]);

  return host;
}
