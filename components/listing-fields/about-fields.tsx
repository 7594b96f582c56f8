// The service's name, summary and description.
import { TextArea, TextField } from "@/components/ui/field";
import { v, type GroupProps } from "./rows";

export function AboutFields({ f, e }: GroupProps) {
  return (
    <>
      <TextField name="name" label="Service name" defaultValue={v(f.name)} error={e.name} />
      <TextField
        name="summary"
        label="Summary"
        hint="One or two sentences in plain words: what it is and who it helps."
        defaultValue={v(f.summary)}
        error={e.summary}
      />
      <TextArea
        name="description"
        label="Full description"
        rows={8}
        hint="Leave a blank line between paragraphs."
        defaultValue={v(f.description)}
        error={e.description}
      />
    </>
  );
}
