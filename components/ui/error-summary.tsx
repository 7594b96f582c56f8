"use client";
// GOV.UK error summary: at the top of the form, announced, one link per problem to its field.
// With JavaScript it takes focus, so keyboard and screen reader users land on it.
import { useEffect, useRef } from "react";
import { fieldId } from "./field";

export function ErrorSummary({ errors, labels }: { errors?: Record<string, string>; labels?: Record<string, string> }) {
  const entries = Object.entries(errors ?? {});
  const ref = useRef<HTMLDivElement>(null);
  const key = entries.map(([k, m]) => `${k}:${m}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key, errors]);
  if (!entries.length) return null;
  return (
    <div
      ref={ref}
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      className="mb-6 border-4 border-danger p-4"
    >
      <h2 id="error-summary-title" className="text-2xl">
        There is a problem
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {entries.map(([name, message]) => (
          <li key={name}>
            {name === "_form" ? (
              <p className="font-bold text-danger">{message}</p>
            ) : (
              <a href={`#${fieldId(name)}`} className="font-bold text-danger">
                {labels?.[name] ? `${labels[name]}: ` : ""}
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
