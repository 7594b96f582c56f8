// The questions every provider answers under the SEND Regulations 2014 (Schedule 2, paragraph 5).
import { TextArea } from "@/components/ui/field";
import { SEND_QUESTIONS } from "@/lib/services/send-questions";
import { v, type GroupProps, type Row } from "./rows";

export function SendFields({ f, e }: GroupProps) {
  const answers = (f.sendAnswers ?? {}) as Row;
  return (
    <>
      <p className="mt-2 text-base text-muted">
        The questions every provider answers under the SEND Regulations 2014. Leave blank any that do not apply.
      </p>
      {SEND_QUESTIONS.map((q) => (
        <TextArea
          key={q.code}
          name={`sendAnswers.${q.code}`}
          label={q.question}
          defaultValue={v(answers[q.code])}
          error={e[`sendAnswers.${q.code}`]}
          rows={3}
        />
      ))}
    </>
  );
}
