import type { Metadata } from "next";
import { FeedbackNextSteps } from "@/components/feedback/feedback-next-steps";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Thank you for telling us what is missing", robots: { index: false } };

export default function MissingSupportThankYouPage() {
  return (
    <>
      <div className="border-s-8 border-success bg-panel p-4">
        <h1 className="text-3xl">Thank you for telling us what is missing</h1>
      </div>
      <p className="mt-4 max-w-2xl">
        The council looks at what families say is missing, together with searches that found nothing, when it plans and
        buys services.
      </p>
      <FeedbackNextSteps />
      <p className="mt-4">
        <Link href="/services">Find services</Link>
      </p>
    </>
  );
}
