// The Teams tab's only contact with teams-js: loads and initialises it when framed, reads the context, follows the
// theme, reports start-up to Teams, asks for the SSO token and saves the channel tab's configuration.
import type { Theme } from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';

import { withTimeout } from '@koberollen/shared/withTimeout';

import { LIGHT_THEME, loadTheme, themeNameOf } from './themes';

/** What the tab asks of Teams once it runs inside it. */
export interface TeamsBridge {
  /** Tells Teams the first view has its data (Teams shows an error after 30 s without it). */
  notifySuccess(): void;
  /** Tells Teams that start-up failed, with the reason shown to the user. */
  notifyFailure(message: string): void;
  /** The signed-in user's token for the API, through Teams single sign-on. */
  getAuthToken(): Promise<string>;
  /** On the configuration page: marks the choice valid and saves it as the channel tab's content when Teams asks. */
  offerConfiguration(choice: { route: string; name: string }): void;
}

export interface TeamsHost {
  /** True while a framed page waits for Teams to answer. */
  loading: boolean;
  inTeams: boolean;
  /** The Teams context (user, team, locale); undefined outside Teams. */
  context: app.Context | undefined;
  /** The Fluent theme matching Teams' theme, or `?theme=` outside Teams. */
  theme: Theme;
  /** True when Teams opened the channel tab's configuration page. */
  settings: boolean;
  bridge: TeamsBridge | undefined;
}

/** Teams always shows a tab in a frame; a top-level page cannot be in Teams, so it need not wait for it. */
function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

type TeamsJs = typeof import('@microsoft/teams-js');

interface Connection {
  teams: TeamsJs;
  context: app.Context;
  theme: Theme;
}

/**
 * teams-js is imported only here, on demand: on import it fetches its list of valid origins from Microsoft's CDN,
 * which a page outside Teams has no use for (and its CSP would refuse). The timeout covers Teams' answer only.
 */
async function connect(timeoutMs: number): Promise<Connection | undefined> {
  try {
    const teams = await import('@microsoft/teams-js');
    await withTimeout(teams.app.initialize(), timeoutMs, 'Teams app.initialize');
    const context = await teams.app.getContext();
    return { teams, context, theme: await loadTheme(themeNameOf(context.app.theme)) };
  } catch {
    // A frame that is not Teams (or a Teams that does not answer in time): the tab is then a plain page.
    return undefined;
  }
}

/** The bridge over a connected teams-js. */
export function bridgeOver(teams: TeamsJs): TeamsBridge {
  let saved: { route: string; name: string } | undefined;
  let saveRegistered = false;
  return {
    notifySuccess: () => {
      // Teams answers with an acknowledgement only; a failure to deliver it changes nothing for the user.
      teams.app.notifySuccess().catch(() => undefined);
    },
    notifyFailure: (message) => teams.app.notifyFailure({ reason: teams.app.FailedReason.Other, message }),
    getAuthToken: () => teams.authentication.getAuthToken(),
    offerConfiguration: (choice) => {
      saved = choice;
      if (!saveRegistered) {
        saveRegistered = true;
        teams.pages.config.registerOnSaveHandler((event) => {
          const chosen = saved;
          if (!chosen) return event.notifyFailure('Vælg en visning.');
          const contentUrl = `${window.location.origin}/teams/#/${chosen.route}`;
          teams.pages.config
            .setConfig({
              contentUrl,
              websiteUrl: contentUrl,
              entityId: chosen.route,
              suggestedDisplayName: chosen.name,
            })
            .then(() => event.notifySuccess())
            .catch(() => event.notifyFailure('Fanen kunne ikke gemmes.'));
        });
      }
      teams.pages.config.setValidityState(true);
    },
  };
}

/** The theme `?theme=` asks for outside Teams. */
const askedTheme = () => themeNameOf(new URLSearchParams(window.location.search).get('theme'));

/**
 * Loads and initialises teams-js once when framed; outside a frame it answers with `inTeams: false` at once, or once
 * the dark or high-contrast theme `?theme=` asks for has loaded.
 */
export function useTeamsHost(timeoutMs: number): TeamsHost {
  const [host, setHost] = useState<TeamsHost>(() => ({
    loading: isFramed() || askedTheme() !== 'default',
    inTeams: false,
    context: undefined,
    theme: LIGHT_THEME,
    settings: false,
    bridge: undefined,
  }));

  useEffect(() => {
    if (isFramed() || askedTheme() === 'default') return;
    let active = true;
    void loadTheme(askedTheme()).then(
      (theme) => active && setHost((current) => ({ ...current, theme, loading: false })),
    );
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    if (!isFramed()) return;
    let active = true;
    void connect(timeoutMs).then((connection) => {
      if (!active) return;
      if (!connection) {
        setHost((current) => ({ ...current, loading: false }));
        return;
      }
      const { teams, context, theme } = connection;
      setHost({
        loading: false,
        inTeams: true,
        context,
        theme,
        settings: context.page.frameContext === teams.FrameContexts.settings,
        bridge: bridgeOver(teams),
      });
      teams.app.registerOnThemeChangeHandler((name) => {
        void loadTheme(themeNameOf(name)).then((next) => active && setHost((current) => ({ ...current, theme: next })));
      });
    });
    return () => {
      active = false;
    };
  }, [timeoutMs]);

  return host;
}
