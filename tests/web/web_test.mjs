// The web page in a real browser (Debian's Chromium via playwright-core).
// Started by run.sh with GRANSK_URL pointing at a running `gransk serve`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const base = process.env.GRANSK_URL;
const work = process.env.GRANSK_WORK;
const goldDir = process.env.GRANSK_GOLD;
const shots = path.join(work, "skarmbilder");
fs.mkdirSync(shots, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu"],
  });
});
after(async () => {
  await browser?.close();
});

// A page that fails the test on any script dialog or page error.
async function openPage(width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 900 },
    locale: "sv-SE",
  });
  const page = await context.newPage();
  page.problems = [];
  page.on("dialog", async (d) => {
    page.problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  // Nothing may be loaded from another host.
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:"))
      page.problems.push(`extern begäran: ${r.url()}`);
  });
  return page;
}

async function screenshots(name, url) {
  for (const width of [1280, 390]) {
    const page = await openPage(width);
    await page.goto(url);
    await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
}

// The generated reports whose gold answers mention a word, by file name.
function goldReportsMentioning(word) {
  const out = new Set();
  for (const f of fs.readdirSync(goldDir)) {
    if (!f.endsWith(".gold.json")) continue;
    const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), "utf8"));
    const texts = [...g.questions.map((q) => q.text), ...g.recommendations.map((r) => r.text)];
    if (texts.some((t) => t.toLowerCase().includes(word))) out.add(g.organisation.name);
  }
  return out;
}

function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  return rows;
}

test("a search for an inflected compound finds the reports that use the word", async () => {
  const page = await openPage();
  await page.goto(base);
  await page.getByLabel("Sökord").fill("riskanalyserna");
  await page.getByRole("button", { name: "Sök", exact: true }).click();
  await page.waitForURL(/q=riskanalyserna/);
  const marks = await page.locator(".hit mark").allTextContents();
  assert.ok(marks.length > 0, "träffar med markering");
  for (const m of marks) assert.match(m.toLowerCase(), /risk/, `markerat: ${m}`);
  // Every generated report whose questions or recommendations say "riskanalys" is among the
  // organisations the facet lists (the facet counts all matches, not only the page shown).
  const facet = (await page.locator('[data-facet="kommun"] a').allTextContents()).join("\n");
  const expected = goldReportsMentioning("riskanalys");
  assert.ok(expected.size > 0);
  for (const org of expected) assert.ok(facet.includes(org), `${org} saknas bland ${facet}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("on a phone the facets stand folded above the hits, on a screen beside them", async () => {
  const phone = await openPage(390);
  await phone.goto(`${base}?q=granskning`);
  const summary = phone.getByText("Avgränsa träffarna");
  assert.ok(await summary.isVisible(), "Avgränsa träffarna syns inte på telefonen");
  const firstHit = phone.locator(".hit").first();
  assert.ok((await summary.boundingBox()).y < (await firstHit.boundingBox()).y,
            "Avgränsa träffarna står inte ovanför träffarna");
  const facetLink = phone.locator('[data-facet="ar"] a').first();
  assert.ok(!(await facetLink.isVisible()), "fasetterna är inte hopfällda på telefonen");
  await summary.click();
  assert.ok(await facetLink.isVisible(), "fasetterna öppnas inte");
  assert.deepEqual(phone.problems, []);
  await phone.context().close();
  const screen = await openPage(1280);
  await screen.goto(`${base}?q=granskning`);
  assert.ok(!(await screen.getByText("Avgränsa träffarna").isVisible()));
  assert.ok(await screen.locator('[data-facet="ar"] a').first().isVisible());
  await screen.context().close();
});

test("a facet click narrows the results", async () => {
  const page = await openPage();
  await page.goto(`${base}?q=informationssäkerhet`);
  const total = async () => Number((await page.locator("#antal").textContent()).match(/\d+/)[0]);
  const before = await total();
  const year = page.locator('[data-facet="ar"] a').first();
  const label = (await year.textContent()).trim();
  const [value, count] = label.split(/\s+/);
  await year.click();
  await page.waitForURL(/ar=/);
  const afterCount = await total();
  assert.equal(afterCount, Number(count));
  assert.ok(afterCount <= before);
  const sources = await page.locator(".hit .source").allTextContents();
  assert.ok(sources.length > 0);
  for (const s of sources) assert.ok(s.includes(` ${value} `), `${s} är inte från ${value}`);
  await page.getByRole("link", { name: new RegExp(`Ta bort filtret År: ${value}`) }).click();
  assert.equal(await total(), before);
  await page.context().close();
});

test("every organisation of a facet is reachable, the first twelve shown", async () => {
  const page = await openPage();
  await page.goto(`${base}?q=granskning`);
  const facet = page.locator('[data-facet="kommun"]');
  const links = await facet.locator("a").count();
  assert.ok(links > 0);
  const details = facet.locator("details");
  if (links > 12) {
    assert.equal(await details.locator("summary").textContent(), `Visa alla ${links}`);
    assert.equal(await details.locator("a").count(), links - 12);
    await details.locator("summary").click();
    await details.locator("a").last().click();
    await page.waitForURL(/kommun=/);
  } else {
    assert.equal(await details.count(), 0);
  }
  await page.context().close();
});

test("the CSV export holds every hit, the page's first", async () => {
  const page = await openPage();
  await page.goto(`${base}?q=rutiner&typ=rekommendation`);
  const hits = Number((await page.locator("#antal").textContent()).match(/\d+/)[0]);
  const shown = await page.locator(".hit").evaluateAll((hits) =>
    hits.map((h) => h.querySelector(".source a").textContent.trim()));
  const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await (await page.request.get(new URL(href, base).toString())).text();
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0].slice(0, 3), ["typ", "bedomning", "organisation"]);
  assert.deepEqual(rows[0].slice(-2), ["rapport", "fil"]);
  const data = rows.slice(1);
  assert.equal(data.length, hits);  // every hit, not only the page's
  data.slice(0, shown.length).forEach((r, i) => {
    assert.equal(r[0], "rekommendation");
    assert.ok(shown[i].startsWith(r[2]), `${shown[i]} / ${r[2]}`);
    assert.ok(shown[i].includes(`s. ${r[7]}`));
  });
  await page.context().close();
});

test("a batch search turns a list of queries into one CSV", async () => {
  const page = await openPage();
  await page.goto(base);
  await page.getByLabel("Textfil med en sökning per rad").setInputFiles({
    name: "sokningar.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("riskanalys\nincidenthantering\n\"trasig\n"),
  });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Sök och hämta CSV" }).click(),
  ]);
  const rows = parseCsv(fs.readFileSync(await download.path(), "utf8"));
  assert.equal(rows[0][0], "sokning");
  const queries = new Set(rows.slice(1).map((r) => r[0]));
  assert.ok(queries.has("riskanalys") && queries.has("incidenthantering"), [...queries].join());
  // A query that cannot be read is reported on its row, in Swedish.
  const bad = rows.find((r) => r[0] === '"trasig');
  assert.ok(bad && bad[1] === "fel");
  await page.context().close();
});

test("the register filters by status and lists overdue requests first", async () => {
  const page = await openPage();
  await page.goto(`${base}rekommendationer`);
  const all = await page.locator("li.rec").count();
  await page.getByLabel("Status").selectOption("delvis");
  await page.getByRole("button", { name: "Visa" }).click();
  await page.waitForURL(/status=delvis/);
  const statuses = await page.locator("li.rec").evaluateAll((l) => l.map((e) => e.dataset.status));
  assert.ok(statuses.length > 0 && statuses.length < all);
  assert.ok(statuses.every((s) => s === "delvis"));
  await page.goto(`${base}rekommendationer?forfallna=1`);
  const first = page.locator("table.requests tbody tr").first();
  if (await first.count()) assert.match(await first.textContent(), /förfallen/);
  await page.context().close();
});

test("a link confirmation persists after reload", async () => {
  const page = await openPage();
  await page.goto(`${base}rekommendationer`);
  const item = page.locator(".history li", { has: page.getByRole("button", { name: "Bekräfta länken" }) }).first();
  const postId = await item.locator('input[name="post"]').first().getAttribute("value");
  await item.getByRole("button", { name: "Bekräfta länken" }).click();
  await page.waitForLoadState();
  await page.reload();
  const after = page.locator(".history li", { has: page.locator(`input[name="post"][value="${postId}"]`) });
  assert.match(await after.textContent(), /bekräftad/);
  assert.equal(await after.getByRole("button", { name: "Bekräfta länken" }).count(), 0);
  // And a change without the page's token is refused.
  const res = await page.request.post(`${base}lank`, { form: { post: postId, atgard: "ta-bort" } });
  assert.equal(res.status(), 403);
  await page.reload();
  assert.match(await after.textContent(), /bekräftad/);
  await page.context().close();
});

test("a form on another page cannot change anything, even with the token", async () => {
  const page = await openPage();
  await page.goto(`${base}rekommendationer`);
  const form = page.locator('form[action="/lank"]', { has: page.locator('input[name="atgard"][value="bekrafta"]') }).first();
  const token = await form.locator('input[name="token"]').getAttribute("value");
  const postId = await form.locator('input[name="post"]').getAttribute("value");
  // A page that is not Gransk's (about:blank: the browser sends Origin: null).
  await page.goto("about:blank");
  await page.setContent(`<form method="post" action="${base}lank">
    <input name="token" value="${token}"><input name="post" value="${postId}">
    <input name="atgard" value="ta-bort"><input name="tillbaka" value="/"><button>Skicka</button></form>`);
  const [res] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Skicka" }).click()]);
  assert.equal(res.status(), 403);
  assert.match(await page.locator("main").textContent(), /annan sida/);
  await page.goto(`${base}rekommendationer`);
  assert.equal(await page.locator('form[action="/lank"]', { has: page.locator(`input[name="post"][value="${postId}"]`) })
    .locator('input[name="atgard"][value="bekrafta"]').count(), 1, "länken är kvar att bekräfta");
  await page.context().close();
});

test("a report with HTML in its title and a recommendation renders inert", async () => {
  const page = await openPage();
  await page.goto(`${base}?q=${encodeURIComponent('"visas som text"')}`);
  await page.locator(".hit .source a").first().click();
  await page.waitForURL(/\/rapport\/\d+/);
  const body = await page.locator("main").textContent();
  assert.ok(body.includes("<script>window.pwned=3</script>"), "rekommendationen visas som text");
  assert.ok(body.includes('onerror="window.pwned=4"'));
  assert.match(await page.locator("h1").textContent(), /<script>window\.pwned=1/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator("main img, main script").count(), 0);
  await page.goto(`${base}rapporter`);
  await page.goto(`${base}rekommendationer`);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("bad input gets a Swedish hint, never SQL; nothing outside the archive is served", async () => {
  const page = await openPage();
  const res = await page.goto(`${base}?q=${encodeURIComponent('"riskanalys')}`);
  assert.equal(res.status(), 400);
  const text = await page.locator("main").textContent();
  assert.match(text, /fras|citattecken|Frågan/i);
  assert.doesNotMatch(text, /sqlite|fts5|syntax error|SELECT/i);
  for (const p of ["rapport/999999/pdf", "static/../CMakeLists.txt", "%2e%2e/%2e%2e/etc/passwd"]) {
    const r = await page.request.get(`${base}${p}`);
    assert.ok([400, 404].includes(r.status()), `${p}: ${r.status()}`);
  }
  await page.context().close();
});

test("screenshots of every page at 1280 and 390 px", async () => {
  const page = await openPage();
  await page.goto(`${base}?q=riskanalys`);
  const report = await page.locator(".hit .source a").first().getAttribute("href");
  await page.goto(`${base}uppfoljning`);
  const org = await page.locator("ul.columns a").first().getAttribute("href");
  await page.context().close();
  await screenshots("sok", `${base}?q=riskanalys`);
  await screenshots("rapport", new URL(report, base).toString());
  await screenshots("rekommendationer", `${base}rekommendationer`);
  await screenshots("uppfoljning", new URL(org, base).toString());
  await screenshots("statistik", `${base}statistik`);
  for (const f of ["sok", "rapport", "rekommendationer", "uppfoljning", "statistik"])
    for (const w of [1280, 390]) assert.ok(fs.statSync(path.join(shots, `${f}-${w}.png`)).size > 5000);
});
