// The listing's easy-read summary: optional, one short idea a line, shown on the listing page's
// "Easy read" view. The plain-language check below the About fields gives advice on it line by line.
import { TextArea } from "@/components/ui/field";
import { EASY_READ_MAX, EASY_READ_MAX_LINES } from "@/lib/services/easy-read";
import { v, type GroupProps } from "./rows";

export function EasyReadField({ f, e }: GroupProps) {
  return (
    <TextArea
      name="easyRead"
      label="Easy read (optional)"
      rows={8}
      hint={
        <>
          A short summary of the service in easy words. Short sentences. One idea on each line. Use everyday words. For
          example: &ldquo;This group is for children with autism.&rdquo; Up to {EASY_READ_MAX_LINES} lines and{" "}
          {EASY_READ_MAX.toLocaleString("en-GB")} characters. Families see it when they choose &ldquo;Easy read&rdquo;
          on the listing&rsquo;s page.
        </>
      }
      defaultValue={v(f.easyRead)}
      error={e.easyRead}
    />
  );
}
