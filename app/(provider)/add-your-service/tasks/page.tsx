import type { Metadata } from "next";
import { TaskList } from "@/components/add-your-service/task-list";
import { Link } from "@/components/ui/link";
import { loadTaskList } from "@/lib/submissions/loaders";
import { DRAFT_DAYS } from "@/lib/submissions/schema";
import { TASK_TITLES, isTaskSlug } from "@/lib/submissions/tasks";

export const metadata: Metadata = { title: "Add your service", robots: { index: false } };

type Props = { searchParams: Promise<{ saved?: string }> };

export default async function TasksPage({ searchParams }: Props) {
  const [{ saved }, { draft, tasks, changesAsked }] = await Promise.all([searchParams, loadTaskList()]);
  const done = tasks.filter((t) => t.status === "completed").length;
  const name = typeof draft.answers.about?.name === "string" ? draft.answers.about.name : "";
  return (
    <>
      <h1 className="text-3xl">{name ? `Add your service: ${name}` : "Add your service"}</h1>
      {saved && isTaskSlug(saved) && (
        <p role="status" className="mt-4 max-w-2xl border-l-8 border-success bg-panel p-4">
          We saved &ldquo;{TASK_TITLES[saved]}&rdquo;. You can come back to it on this device for {DRAFT_DAYS} days.
        </p>
      )}
      {changesAsked && (
        <div className="mt-4 max-w-2xl border-l-8 border-warning bg-panel p-4">
          <h2 className="text-xl">The council asked you to change something</h2>
          <p className="mt-2 whitespace-pre-wrap">{changesAsked}</p>
          <p className="mt-2">Change your answers, then check them and send them again.</p>
        </div>
      )}
      {draft.state === "awaiting_confirmation" && (
        <p className="mt-4 max-w-2xl border-l-8 border-brand bg-panel p-4">
          We sent a link to {draft.email}. Change anything you need to here, then open the link to send your service.
        </p>
      )}
      <p className="mt-4">
        You have finished {done} of {tasks.length} sections.
      </p>
      <TaskList tasks={tasks} />
      <h2 className="mt-8 text-2xl">Check and send</h2>
      {done === tasks.length ? (
        <p className="mt-4">
          <Link href="/add-your-service/check-answers" className="button">
            Check your answers
          </Link>
        </p>
      ) : (
        <p className="mt-2 max-w-2xl">Finish every section, then you can check your answers and send them.</p>
      )}
    </>
  );
}
