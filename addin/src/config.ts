// Task pane settings: the API next to the pane, and the Entra app the pane signs in with (set at build time).

/** Where the API lives; the local host and Azure Static Web Apps both serve it next to the pages. */
export const apiBaseUrl: string = window.location.origin;

/** How long to wait for office.js to report the host before showing the preview. */
export const officeReadyTimeoutMs = 3000;

function meta(name: string): string {
  const content = document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
  // Vite fills `%VITE_…%` at build time; left as is when the variable was not set.
  return content.startsWith('%') ? '' : content;
}

/** The add-in's Entra app registration and the API scope it asks for (`VITE_ENTRA_CLIENT_ID`, `VITE_ENTRA_API_SCOPE`). */
export const entraSettings = {
  clientId: meta('koberollen-entra-client-id'),
  scope: meta('koberollen-entra-api-scope'),
};
