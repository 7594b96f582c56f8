import type { Metadata } from "next";
import Link from "next/link";
import { AdviceEditor } from "@/components/admin/advice-editor";
import { saveAdviceAction } from "@/lib/advice/actions";
import { loadNewAdvicePage } from "@/lib/advice/loaders";

const TITLE = "Add an advice page";
export const metadata: Metadata = { title: TITLE };

export default async function NewAdvicePage() {
  const { categories, services } = await loadNewAdvicePage();
  return (
    <>
      <p className="text-base">
        <Link href="/admin/advice">Back to advice pages</Link>
      </p>
      <h1 className="mt-2 text-3xl">{TITLE}</h1>
      <p className="mt-2 max-w-2xl">
        The page goes public when another officer approves it. You will be its owner: change that on its page.
      </p>
      <AdviceEditor
        action={saveAdviceAction}
        title={TITLE}
        categories={categories}
        services={services}
        initial={{
          slug: "",
          title: "",
          summary: "",
          body: "",
          audience: "parents",
          easyRead: "",
          schedule2: [],
          categories: [],
          relatedServiceIds: [],
        }}
      />
    </>
  );
}
