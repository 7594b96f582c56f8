import type { Metadata } from "next";
import Link from "next/link";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { isStaff } from "@/lib/auth/roles";
import { submitProfileChangeAction, updateOrganisationAction } from "@/lib/organisations/actions";
import { loadOrganisationForEdit } from "@/lib/organisations/loaders";

type Props = { params: Promise<{ id: string }> };

const titleOf = (name: string) => `Change ${name}'s details`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await loadOrganisationForEdit((await params).id);
  return { title: titleOf(organisation.name) };
}

export default async function EditOrganisationPage({ params }: Props) {
  const { user, organisation: o, startFrom } = await loadOrganisationForEdit((await params).id);
  const staff = isStaff(user);
  const title = titleOf(o.name);
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/organisations/${o.id}`}>Back to {o.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{title}</h1>
      {o.archivedAt ? (
        <p className="mt-4">This organisation is archived. Its details cannot be changed.</p>
      ) : (
        <>
          <p className="mt-2 max-w-2xl">
            {staff
              ? "Your change goes live at once."
              : startFrom
                ? "This form shows the change you already sent. A council officer checks it before it goes live."
                : "A council officer checks your change before it goes live. Until then the current details stay."}
          </p>
          {!staff && o.profileChange?.state === "changes_requested" && o.profileChange.reason && (
            <p className="mt-4 max-w-2xl border-l-8 border-warning bg-panel p-4 whitespace-pre-wrap">
              What the council officer asked you to change: {o.profileChange.reason}
            </p>
          )}
          <OrganisationForm
            action={staff ? updateOrganisationAction : submitProfileChangeAction}
            hidden={{ organisationId: o.id, baseUpdatedAt: o.updatedAt.toISOString() }}
            initial={startFrom ?? o}
            submitLabel={staff ? "Save changes" : "Send for approval"}
            title={title}
          />
        </>
      )}
    </>
  );
}
