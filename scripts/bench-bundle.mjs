// `npm run bench:bundle`: builds the front ends, serves them from the local host and loads them in headless Chromium.
// Each Teams view's figure is the gzipped JavaScript fetched from the page's own origin from navigation until the view
// first shows its data (the tab's `koberollen:first-data` mark), signed in through a `?tenant=&role=` link, as a
// person waits for it; budget 110 KB. The Word pane's figure is what its first screen fetched until idle (office.js
// from Microsoft's CDN is not counted), on its plain first visit (the sign-in picker in local mode) and signed in;
// budget 90 KB. Each build's total is every JavaScript file in it. Each figure's line says whether it is within its
// budget (a figure over budget is reported, not failed). With BENCH_FILES=1 each figure is followed by its files, the
// largest first. The last line is one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { devTenants, launchChromium, makeDataDir, removeDataDir, startLocalHost } from './support/localHost.mjs';
import { FIRST_DATA_MARK, teamsViews } from './support/teamsViews.mjs';

const TEAMS_VIEW_BUDGET_KB = 110;
const PANE_BUDGET_KB = 90;

const gzipKb = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length / 1024;
const round = (kb) => Number(kb.toFixed(1));
const LIST_FILES = process.env.BENCH_FILES === '1';

/** "within the budget of 110 KB" or "OVER the budget of 110 KB by 3.2 KB". */
const budgetCheck = (kb, budget) =>
  kb <= budget ? `within the budget of ${budget} KB` : `OVER the budget of ${budget} KB by ${round(kb - budget)} KB`;

/** Every .js file below a build folder, gzipped one by one and summed. */
function totalGzipKb(dir) {
  const files = fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.js'));
  return round(files.reduce((sum, name) => sum + gzipKb(fs.readFileSync(path.join(dir, String(name)))), 0));
}

/**
 * Opens `url` in a fresh context and sums the gzipped same-origin scripts that had arrived when `settled` resolved:
 * until the first-data mark for a Teams view (by the time `settled` answers), until an idle network for the pane.
 */
async function scriptsUntil(browser, url, settled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const arrived = [];
  page.on('requestfinished', (request) => {
    if (!request.url().startsWith(origin) || !new URL(request.url()).pathname.endsWith('.js')) return;
    const { startTime, responseEnd } = request.timing();
    // A script that arrives after the figure was taken may still be read when the page closes: it is not counted.
    const body = request
      .response()
      .then((response) => response?.body())
      .catch(() => undefined);
    arrived.push({ at: startTime + responseEnd, body, name: path.basename(new URL(request.url()).pathname) });
  });
  await page.goto(url);
  const until = await settled(page);
  const counted = arrived.filter((script) => until === undefined || script.at <= until);
  const sized = await Promise.all(counted.map(async ({ name, body }) => ({ name, body: await body })));
  const files = sized.filter((file) => file.body).map(({ name, body }) => ({ name, kb: gzipKb(body) }));
  await context.close();
  if (LIST_FILES)
    for (const file of files.sort((a, b) => b.kb - a.kb))
      console.log(`    ${file.kb.toFixed(2).padStart(6)} ${file.name}`);
  return { kb: round(files.reduce((sum, file) => sum + file.kb, 0)), files: files.length };
}

/** When the view first showed its data (ms since the epoch): what arrived after it is not counted. */
const firstData = async (page) => {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_DATA_MARK, {
    timeout: 15_000,
  });
  return page.evaluate(
    (mark) => performance.timeOrigin + performance.getEntriesByName(mark)[0].startTime,
    FIRST_DATA_MARK,
  );
};

const idle = async (page) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
};

const dataDir = makeDataDir('bundle');
const host = await startLocalHost(dataDir);
const browser = await launchChromium();
try {
  const { base } = host;
  const tenants = await devTenants(base);
  const paneSignedIn = `${base}/addin/taskpane.html?tenant=${encodeURIComponent(tenants[0].id)}&role=caseworker`;
  const picker = await scriptsUntil(browser, `${base}/addin/taskpane.html`, idle);
  const signedIn = await scriptsUntil(browser, paneSignedIn, idle);
  const addin = {
    initialGzipKb: Math.max(picker.kb, signedIn.kb),
    signedInGzipKb: signedIn.kb,
    pickerGzipKb: picker.kb,
    budgetKb: PANE_BUDGET_KB,
    totalGzipKb: totalGzipKb('addin/dist'),
  };
  console.log(`addin          ${addin.initialGzipKb} KB: ${budgetCheck(addin.initialGzipKb, PANE_BUDGET_KB)}`);

  const { views, signIn } = await teamsViews(base);
  const teamsViewsKb = {};
  for (const [name, [hash, role]] of Object.entries(views)) {
    const { kb, files } = await scriptsUntil(browser, signIn(role) + hash, firstData);
    teamsViewsKb[name] = { toFirstDataGzipKb: kb, files, withinBudget: kb <= TEAMS_VIEW_BUDGET_KB };
    console.log(`teams ${name.padEnd(14)} ${kb} KB in ${files} files: ${budgetCheck(kb, TEAMS_VIEW_BUDGET_KB)}`);
  }
  const worst = Math.max(...Object.values(teamsViewsKb).map((view) => view.toFirstDataGzipKb));
  const teams = {
    views: teamsViewsKb,
    worstViewGzipKb: worst,
    budgetKb: TEAMS_VIEW_BUDGET_KB,
    totalGzipKb: totalGzipKb('teams-app/dist'),
  };
  const over = Object.keys(teamsViewsKb).filter((name) => !teamsViewsKb[name].withinBudget);
  const verdict = over.length === 0 ? 'every view within its budget' : `over budget: ${over.join(', ')}`;
  console.log(`teams          worst view ${worst} KB; ${verdict}; build ${teams.totalGzipKb} KB`);
  console.log(JSON.stringify({ addin, teams }));
} finally {
  await browser.close();
  host.stop();
  removeDataDir(dataDir);
}
