import { z } from "zod";

export const confirmSchema = z.object({
  token: z.string().min(20).max(100),
  answer: z.enum(["confirmed", "changes"], "Choose whether the listing is still correct"),
});
export const markCheckedSchema = z.object({ serviceId: z.uuid() });
export const REVIEW_VIEWS = ["overdue", "due-soon", "recent", "unanswered"] as const;
