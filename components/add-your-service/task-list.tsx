// The GOV.UK task list: each task a link, with its status in words (and colour only as an extra).
import { Link } from "@/components/ui/link";
import { STATUS_LABELS, type TaskSlug, type TaskStatus } from "@/lib/submissions/tasks";

const TAG: Record<TaskStatus, string> = {
  not_started: "bg-panel text-ink",
  in_progress: "bg-[#fcd6c3] text-[#6e3619]",
  completed: "bg-[#cce2d8] text-[#005a30]",
};

export function TaskList({ tasks }: { tasks: { slug: TaskSlug; title: string; status: TaskStatus }[] }) {
  return (
    <ol className="mt-4 max-w-3xl list-none border-t border-line p-0">
      {tasks.map((t) => (
        <li key={t.slug} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3">
          <Link href={`/add-your-service/tasks/${t.slug}`} aria-describedby={`status-${t.slug}`} className="font-bold">
            {t.title}
          </Link>
          <strong id={`status-${t.slug}`} className={`px-2 py-0.5 text-base ${TAG[t.status]}`}>
            {STATUS_LABELS[t.status]}
          </strong>
        </li>
      ))}
    </ol>
  );
}
