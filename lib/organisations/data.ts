import "server-only";
import { db } from "@/lib/platform/db";

export function findOrganisationChoices() {
  return db().organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export function findOrganisationById(id: string) {
  return db().organisation.findUnique({ where: { id }, select: { id: true, name: true } });
}

export function findOrganisationBySlug(slug: string) {
  return db().organisation.findUnique({ where: { slug }, select: { id: true, name: true } });
}
