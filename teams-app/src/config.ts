// Teams tab settings: the API is served from the same origin as the tab.

/** Where the API lives; the local host and Azure Static Web Apps both serve it next to the pages. */
export const apiBaseUrl: string = window.location.origin;

/** How long to wait for Teams to answer `app.initialize` inside a frame before rendering as a plain page. */
export const teamsInitTimeoutMs = 3000;
