import "server-only";
import { requireAdmin } from "@/lib/auth/loaders";
import { findOrganisationChoices } from "@/lib/organisations/data";
import { findUsers } from "./data";

/** Admins: everyone who may sign in, and the organisations a provider can belong to. */
export async function loadUsersForAdmin() {
  const me = await requireAdmin("/admin/users");
  const [users, organisations] = await Promise.all([findUsers(), findOrganisationChoices()]);
  return { me, users, organisations };
}
