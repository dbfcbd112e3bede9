// Task pane settings: the API is served from the same origin as the pane.

/** Where the API lives; the local host and Azure Static Web Apps both serve it next to the pages. */
export const apiBaseUrl: string = window.location.origin;

/** How long to wait for office.js to report the host before showing the preview. */
export const officeReadyTimeoutMs = 3000;
