import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { FeedbackNextSteps } from "@/components/feedback/feedback-next-steps";

export const metadata: Metadata = { title: "Thank you for your feedback", robots: { index: false } };

export default function FeedbackThankYouPage() {
  return (
    <>
      <div className="border-s-8 border-success bg-panel p-4">
        <h1 className="text-3xl">Thank you for your feedback</h1>
      </div>
      <FeedbackNextSteps />
      <p className="mt-4">
        <Link href="/services">Find services</Link>
      </p>
    </>
  );
}
