// The file routes from the browser: upload an import file with progress, download an export or a template.
import type { z } from 'zod';

import { ApiError, apiErrorOf } from '@koberollen/shared/api/apiError';

import { apiBaseUrl } from '../config';

/** Largest file the API accepts, checked before sending. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Sends the file to an import route (`/api/providers/import`, `/api/invoices/import`) and parses its report;
 * `onProgress` gets the share sent (0-1), then `undefined` while the server reads.
 */
export function uploadImport<T>(
  path: string,
  report: z.ZodType<T>,
  file: Blob,
  options: { dryRun: boolean; token: string; onProgress: (sent: number | undefined) => void },
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${apiBaseUrl}${path}${options.dryRun ? '?dryRun=true' : ''}`);
    request.setRequestHeader('Authorization', `Bearer ${options.token}`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable)
        options.onProgress(event.loaded < event.total ? event.loaded / event.total : undefined);
    };
    request.onerror = () => reject(new ApiError(0, { title: 'Ingen forbindelse', detail: 'Filen kunne ikke sendes.' }));
    request.onload = () => {
      if (request.status !== 200) return reject(apiErrorOf(request.status, request.responseText));
      const parsed = report.safeParse(JSON.parse(request.responseText));
      if (parsed.success) resolve(parsed.data);
      else
        reject(new ApiError(200, { title: 'Uventet svar', detail: 'Svaret passer ikke til det forventede format.' }));
    };
    request.send(file);
  });
}

/** Fetches a file route with the user's token and saves the answer under the name the server gives it. */
export async function downloadFile(path: string, token: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(apiBaseUrl + path, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, { title: 'Ingen forbindelse', detail: 'Filen kunne ikke hentes.' });
  }
  if (!response.ok) throw apiErrorOf(response.status, await response.text());
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
