// Every public page ends with "Was this page helpful?" (issue 12), so a new public page gets it too.
import { HelpfulWidget } from "@/components/feedback/helpful-widget";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <HelpfulWidget />
    </>
  );
}
