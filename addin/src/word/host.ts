// The task pane's start-up contact with office.js: waits for Office once and tells which host the pane runs in.
import { withTimeout } from '@koberollen/shared/withTimeout';

/** The Word client the pane runs in. */
export type WordPlatform = 'windows' | 'mac' | 'web' | 'ipad' | 'other';

/** Inside Word, or a preview in a plain browser (office.js missing, another host, or no answer in time). */
export type HostInfo = { kind: 'word'; platform: WordPlatform } | { kind: 'preview' };

/** The part of office.js read here; tests pass a mock. */
export type OfficeLike = Pick<typeof Office, 'onReady'>;

const PLATFORMS: Record<string, WordPlatform> = { PC: 'windows', Mac: 'mac', OfficeOnline: 'web', iOS: 'ipad' };

/** office.js as loaded by taskpane.html, or undefined when its script failed (offline, blocked). */
export function loadedOffice(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Calls `Office.onReady` once and maps its answer; resolves within `timeoutMs` in every case, so the pane never
 * hangs outside Office.
 */
export async function connectToHost(office: OfficeLike | undefined, timeoutMs: number): Promise<HostInfo> {
  if (!office) return { kind: 'preview' };
  try {
    const info = await withTimeout(office.onReady(), timeoutMs, 'Office.onReady');
    if (String(info.host) !== 'Word') return { kind: 'preview' };
    return { kind: 'word', platform: PLATFORMS[String(info.platform)] ?? 'other' };
  } catch {
    // No answer or a failing office.js: the pane still works as a preview, which is what the user then sees.
    return { kind: 'preview' };
  }
}
