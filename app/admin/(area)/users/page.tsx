import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { UserForm } from "@/components/admin/user-form";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { disableUserAction, saveUserAction } from "@/lib/users/actions";
import { loadUsersForAdmin } from "@/lib/users/loaders";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ saved?: string; removed?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const { me, users, organisations } = await loadUsersForAdmin();
  const { saved, removed } = await searchParams;
  return (
    <>
      {saved && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          {saved} is saved. They can now sign in with that address.
        </p>
      )}
      {removed && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          The user is removed and signed out everywhere.
        </p>
      )}
      <h1 className="text-3xl">Users</h1>
      <Table headings={["Email", "Role", "Organisation", "Action"]}>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-line align-top">
            <td className="py-2 pr-3">
              {u.email}
              {u.name ? ` (${u.name})` : ""}
            </td>
            <td className="pr-3">{ROLE_LABELS[u.role]}</td>
            <td className="pr-3">{u.organisation?.name ?? ""}</td>
            <td className="py-2">
              {u.disabledAt ? (
                "Removed"
              ) : u.id === me.id ? (
                "You"
              ) : (
                <ActionForm
                  action={disableUserAction}
                  hidden={{ userId: u.id }}
                  submitLabel={`Remove ${u.email}`}
                  secondary
                />
              )}
            </td>
          </tr>
        ))}
      </Table>
      <h2 className="mt-10 text-2xl">Add a user or change a role</h2>
      <p className="mt-2 max-w-2xl">
        Enter their work email address. If they already have an account, their role is updated.
      </p>
      <UserForm action={saveUserAction} organisations={organisations} />
    </>
  );
}
