// npm run user:create -- --email officer@seabourne.gov.uk --role admin [--name "Sam Jones"] [--organisation <slug>]
// Adds (or updates) a person who may sign in. This is how the first administrator is made;
// after that, administrators add people at /admin/users.
import { parseArgs } from "node:util";
import { SYSTEM_ACTOR } from "@/lib/audit/schema";
import { db } from "@/lib/platform/db";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { findOrganisationBySlug } from "@/lib/organisations/data";
import { saveUser } from "@/lib/users/mutations";
import { userInputSchema } from "@/lib/users/schema";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    organisation: { type: "string" },
  },
});

const database = await prepareDatabase(() => {});
let code = 0;
try {
  const organisation = values.organisation ? await findOrganisationBySlug(values.organisation) : null;
  if (values.organisation && !organisation)
    throw new Error(`There is no organisation "${values.organisation}" (use its slug).`);
  const parsed = userInputSchema.safeParse({
    email: values.email ?? "",
    role: values.role,
    name: values.name,
    organisationId: organisation?.id,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(
        `--${issue.path.join(".") === "organisationId" ? "organisation" : issue.path.join(".")}: ${issue.message}`,
      );
    console.error(
      "Usage: npm run user:create -- --email name@seabourne.gov.uk --role admin|editor|provider [--organisation <slug>]",
    );
    code = 1;
  } else {
    const user = await saveUser(parsed.data, { ...SYSTEM_ACTOR, email: "command line" });
    console.log(`${user.email} can sign in as ${user.role}. Go to /admin/sign-in and enter that address.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
process.exit(code);
