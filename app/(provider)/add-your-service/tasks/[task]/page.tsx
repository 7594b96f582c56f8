import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskForm } from "@/components/add-your-service/task-form";
import { Link } from "@/components/ui/link";
import { saveTaskAction } from "@/lib/submissions/actions";
import { loadDraftWithVocabulary } from "@/lib/submissions/loaders";
import { TASK_TITLES, isListingTask, type ListingTask } from "@/lib/submissions/tasks";

type Props = { params: Promise<{ task: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { task } = await params;
  return isListingTask(task) ? { title: TASK_TITLES[task], robots: { index: false } } : { title: "Page not found" };
}

const INTRO: Record<ListingTask, string> = {
  about: "Tell families what the service is. Use short, everyday words, as if you were talking to a parent.",
  who: "Say who the service is for. The council uses your choices to help families find it.",
  how: "Say how families can start using the service.",
  where: "Say where and when the service runs.",
  costs: "Say if families have to pay. Most families want to know this first.",
  contact: "Give at least one way for families to reach you: a phone number or an email address.",
  send: "These questions come from the law on the Local Offer (the SEND Regulations 2014). Answer the ones that apply to your service.",
};

// Where a new draft's task starts: one blank contact, so there is somewhere to type straight away.
const FIRST_VALUES: Partial<Record<ListingTask, Record<string, unknown>>> = {
  contact: { contacts: [{ title: "", name: "", email: "", phones: [] }] },
};

export default async function TaskPage({ params }: Props) {
  const { task } = await params;
  if (!isListingTask(task)) notFound();
  const { draft, vocabulary } = await loadDraftWithVocabulary();
  const toOptions = (terms: { code: string; name: string }[]) => terms.map((t) => ({ value: t.code, label: t.name }));
  return (
    <>
      <p className="text-base">
        <Link href="/add-your-service/tasks">Back to your sections</Link>
      </p>
      <h1 className="mt-2 text-3xl">{TASK_TITLES[task]}</h1>
      <p className="mt-3 max-w-2xl">{INTRO[task]}</p>
      <TaskForm
        action={saveTaskAction}
        task={task}
        title={TASK_TITLES[task]}
        initial={draft.answers[task] ?? FIRST_VALUES[task] ?? {}}
        options={{
          categories: toOptions(vocabulary.categories),
          needs: toOptions(vocabulary.needs),
          areas: toOptions(vocabulary.areas),
        }}
      />
    </>
  );
}
