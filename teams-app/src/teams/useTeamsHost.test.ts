// useTeamsHost: answers at once outside a frame, initialises teams-js inside one, and follows Teams' theme.
import { teamsDarkTheme, teamsLightTheme } from '@fluentui/react-components';
import * as teams from '@microsoft/teams-js';
import { app, pages } from '@microsoft/teams-js';
import { act, renderHook, waitFor } from '@testing-library/react';

import { theme as contrastTheme } from '@koberollen/shared/ui/contrastTheme';

import { loadTheme, themeNameOf } from './themes';
import { bridgeOver, useTeamsHost } from './useTeamsHost';

// The real module fetches from Microsoft's CDN on import and defines its exports as fixed getters; the tests stand in
// a plain `app` whose functions each test then spies on.
jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: () => Promise.reject(new Error('not stubbed')),
    getContext: () => Promise.reject(new Error('not stubbed')),
    registerOnThemeChangeHandler: () => undefined,
    notifySuccess: () => Promise.resolve(),
    notifyFailure: () => undefined,
    FailedReason: { Other: 'Other' },
  },
  FrameContexts: { settings: 'settings', content: 'content' },
  authentication: { getAuthToken: () => Promise.resolve('sso-token') },
  pages: {
    config: {
      registerOnSaveHandler: () => undefined,
      setValidityState: () => undefined,
      setConfig: () => Promise.reject(new Error('not stubbed')),
    },
  },
}));

function frameThePage(): void {
  jest.spyOn(window, 'parent', 'get').mockReturnValue({} as Window);
}

function teamsContext(theme: string): app.Context {
  return {
    app: { theme, locale: 'da-dk', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'home', frameContext: 'content' },
  } as app.Context;
}

afterEach(() => {
  jest.restoreAllMocks();
  window.history.replaceState({}, '', '/');
});

describe('useTeamsHost outside a frame', () => {
  it('is ready at once, not in Teams, and never initialises teams-js', () => {
    const initialize = jest.spyOn(app, 'initialize');
    const { result } = renderHook(() => useTeamsHost(1000));
    expect(result.current).toMatchObject({ loading: false, inTeams: false, context: undefined });
    expect(result.current.theme).toBe(teamsLightTheme);
    expect(initialize).not.toHaveBeenCalled();
  });

  it.each([
    ['dark', teamsDarkTheme],
    ['contrast', contrastTheme],
    ['default', teamsLightTheme],
  ])('takes ?theme=%s, loading a dark or high-contrast theme before it is ready', async (name, theme) => {
    window.history.replaceState({}, '', `/teams/?theme=${name}`);
    const { result } = renderHook(() => useTeamsHost(1000));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.theme).toBe(theme);
  });
});

describe('useTeamsHost inside a frame', () => {
  it('initialises, reads the context and follows theme changes', async () => {
    frameThePage();
    const initialize = jest.spyOn(app, 'initialize').mockResolvedValue();
    jest.spyOn(app, 'getContext').mockResolvedValue(teamsContext('dark'));
    let onTheme: ((theme: string) => void) | undefined;
    jest.spyOn(app, 'registerOnThemeChangeHandler').mockImplementation((handler) => {
      onTheme = handler;
    });

    const { result } = renderHook(() => useTeamsHost(1000));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.inTeams).toBe(true);
    expect(result.current.context?.app.locale).toBe('da-dk');
    expect(result.current.theme).toBe(teamsDarkTheme);
    expect(initialize).toHaveBeenCalledTimes(1);

    act(() => onTheme?.('contrast'));
    await waitFor(() => expect(result.current.theme).toBe(contrastTheme));
    expect(result.current.loading).toBe(false);
  });

  it('gives up after the timeout when the frame is not Teams', async () => {
    frameThePage();
    jest.spyOn(app, 'initialize').mockReturnValue(new Promise(() => undefined));
    const getContext = jest.spyOn(app, 'getContext');
    const { result } = renderHook(() => useTeamsHost(30));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.inTeams).toBe(false);
    expect(getContext).not.toHaveBeenCalled();
  });

  it('renders as a plain page when initialisation fails', async () => {
    frameThePage();
    jest.spyOn(app, 'initialize').mockRejectedValue(new Error('no host'));
    const { result } = renderHook(() => useTeamsHost(1000));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current).toMatchObject({ inTeams: false, context: undefined });
  });
});

describe('loadTheme', () => {
  it('falls back to the light theme for unknown names', async () => {
    await expect(loadTheme(themeNameOf('sepia'))).resolves.toBe(teamsLightTheme);
    await expect(loadTheme(themeNameOf(null))).resolves.toBe(teamsLightTheme);
  });
});

describe('bridgeOver', () => {
  it('reports start-up to Teams and asks it for the SSO token', async () => {
    const success = jest.spyOn(app, 'notifySuccess');
    const failure = jest.spyOn(app, 'notifyFailure');
    const bridge = bridgeOver(teams);
    bridge.notifySuccess();
    bridge.notifyFailure('Ingen forbindelse');
    expect(success).toHaveBeenCalledTimes(1);
    expect(failure).toHaveBeenCalledWith({ reason: 'Other', message: 'Ingen forbindelse' });
    await expect(bridge.getAuthToken()).resolves.toBe('sso-token');
  });

  it('saves the chosen view as the channel tab when Teams asks', async () => {
    let onSave: ((event: pages.config.SaveEvent) => void) | undefined;
    jest.spyOn(pages.config, 'registerOnSaveHandler').mockImplementation((handler) => {
      onSave = handler;
    });
    const valid = jest.spyOn(pages.config, 'setValidityState');
    const setConfig = jest.spyOn(pages.config, 'setConfig').mockResolvedValue();
    const bridge = bridgeOver(teams);
    bridge.offerConfiguration({ route: 'leverandoerer', name: 'Leverandører' });
    bridge.offerConfiguration({ route: 'sager', name: 'Sager' });
    expect(valid).toHaveBeenLastCalledWith(true);
    const notifySuccess = jest.fn();
    const event: pages.config.SaveEvent = { notifySuccess, notifyFailure: jest.fn(), result: {} };
    onSave?.(event);
    await waitFor(() => expect(notifySuccess).toHaveBeenCalled());
    expect(setConfig).toHaveBeenCalledWith({
      contentUrl: 'http://localhost/teams/#/sager',
      websiteUrl: 'http://localhost/teams/#/sager',
      entityId: 'sager',
      suggestedDisplayName: 'Sager',
    });
  });
});
