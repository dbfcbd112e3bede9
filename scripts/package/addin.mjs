// The Word add-in manifest (add-in only XML) for one deployment, from manifest/addin.template.xml.
import { readFileSync } from 'node:fs';

import { fill, xmlText } from './fill.mjs';
import { ADDIN_NAMESPACE, uuidV5 } from './ids.mjs';

/** Where Microsoft 365 sign-in pages live; the task pane may navigate there during sign-in. */
export const SIGN_IN_ORIGIN = 'https://login.microsoftonline.com';

/** The add-in's `<Version>`: package.json's major.minor.patch and a fourth part, as Office requires. */
export function addinVersion(version) {
  const [major, minor, patch] = version.split(/[.+-]/);
  return `${major}.${minor}.${patch}.0`;
}

/** The single sign-on block: the API's Entra app and the scopes the pane asks for. */
function webApplicationInfo({ appId, apiAppIdUri }) {
  if (!appId) return '';
  return [
    '<WebApplicationInfo>',
    `      <Id>${appId}</Id>`,
    `      <Resource>${xmlText(apiAppIdUri)}</Resource>`,
    '      <Scopes>',
    '        <Scope>openid</Scope>',
    '        <Scope>profile</Scope>',
    '      </Scopes>',
    '    </WebApplicationInfo>',
  ].join('\n');
}

/** The manifest text and its id for the given packaging options and product version. */
export function addinManifest(rootDir, options, version) {
  const template = readFileSync(`${rootDir}/manifest/addin.template.xml`, 'utf8');
  const id = uuidV5(ADDIN_NAMESPACE, options.baseUrl);
  const xml = fill(template, {
    BASE_URL: xmlText(options.baseUrl),
    ID: id,
    VERSION: addinVersion(version),
    SIGN_IN_ORIGIN,
    WEB_APPLICATION_INFO: webApplicationInfo(options),
  });
  return { id, xml };
}
