// One anonymous POST must not be able to stall the server for everybody. The sign-in form is
// posted the way a browser without JavaScript posts it (multipart, with the `$ACTION_…` fields
// from the page), but with field names an attacker chose: a list index of 99,999,999 once made
// an array of that length, and thousands of unknown fields were sent back to the page.
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

/** The hidden `$ACTION_…` fields of the sign-in form, read from the page's HTML. */
async function signInActionFields(): Promise<[string, string][]> {
  const html = await (await fetch(`${baseURL}/admin/sign-in`)).text();
  const fields: [string, string][] = [];
  for (const input of html.match(/<input[^>]*>/g) ?? []) {
    const name = /name="(\$ACTION[^"]*)"/.exec(input)?.[1];
    if (!name) continue;
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    fields.push([
      name,
      value
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, "&"),
    ]);
  }
  expect(fields.length, "the sign-in form's server-action fields").toBeGreaterThan(0);
  return fields;
}

// The first request to each page loads its code: time the attack, not the server warming up.
test.beforeAll(async () => {
  for (const url of ["/", "/admin/sign-in", "/", "/admin/sign-in"]) await fetch(`${baseURL}${url}`);
});

/** Posts the form and, 100 ms later, asks for the home page: both are timed. */
async function postWhileBrowsing(extra: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of await signInActionFields()) form.append(name, value);
  form.append("next", "/admin");
  form.append("email", "not an email address"); // a failed parse is what sends the values back
  for (const [name, value] of extra) form.append(name, value);

  // Encoded before the clock starts: only the server's time is measured, not this process's.
  const encoded = new Request(baseURL, { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const started = Date.now();
  const post = fetch(`${baseURL}/admin/sign-in`, {
    method: "POST",
    body,
    // As a browser sends it: Next checks that server actions come from the site itself.
    headers: { origin: baseURL, "content-type": encoded.headers.get("content-type")! },
    signal: AbortSignal.timeout(20_000),
  })
    .then(async (r) => ({ status: r.status, text: await r.text(), ms: Date.now() - started }))
    .catch((error: Error) => ({ status: 0, text: error.message, ms: Date.now() - started }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const homeStarted = Date.now();
  const home = await fetch(`${baseURL}/?v=${Date.now()}`, { signal: AbortSignal.timeout(20_000) })
    .then((r) => ({ status: r.status, ms: Date.now() - homeStarted }))
    .catch(() => ({ status: 0, ms: Date.now() - homeStarted }));
  const answer = await post;
  const timings = `post ${answer.ms} ms, home page ${home.ms} ms`;
  test.info().annotations.push({ type: "timings", description: timings });
  console.log(`${test.info().title}: ${timings}`);
  return { answer, home };
}

test("a field named x.99999999 is answered at once, and other visitors are not kept waiting", async () => {
  const { answer, home } = await postWhileBrowsing([["x.99999999", "boom"]]);
  expect(answer.ms).toBeLessThan(1000);
  expect(answer.status).toBe(200);
  expect(answer.text).toContain("Enter your email address like name@seabourne.gov.uk");
  expect(home.status).toBe(200);
  expect(home.ms).toBeLessThan(1000);
});

test("thousands of made-up fields are answered at once, without being sent back", async () => {
  const junk = Array.from({ length: 2500 }, (_, i): [string, string] => [`junk${i}.${i % 90}`, `value-${i}`]);
  const { answer, home } = await postWhileBrowsing(junk);
  expect(answer.ms).toBeLessThan(1000);
  expect(answer.status).toBe(200);
  expect(answer.text).toContain("This form is too big to send");
  expect(answer.text).not.toContain("value-2499");
  expect(home.status).toBe(200);
  expect(home.ms).toBeLessThan(1000);
});
