// GOV.UK-style form fields: label, hint, error message linked by aria-describedby, the value
// kept after a failed submission. Plain components (no hooks): usable in server and client trees.
import type { ReactNode } from "react";

export const fieldId = (name: string) => `f-${name.replace(/\[\]$/, "").replace(/[^a-zA-Z0-9]+/g, "-")}`;

type Common = { name: string; label: ReactNode; hint?: ReactNode; error?: string; className?: string };

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** What every input, textarea and select carries: its id and name, and the links to its hint and error. */
function controlProps({ name, hint, error }: Common) {
  const id = fieldId(name);
  return { id, name, "aria-describedby": describedBy(id, hint, error), "aria-invalid": error ? true : undefined };
}

/** The hint and the error message under a label or legend, with the ids describedBy points at. */
function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-bold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

function Wrapper({
  id,
  label,
  hint,
  error,
  className,
  children,
}: Omit<Common, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className={`mt-4 ${error ? "border-s-4 border-danger ps-3" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  error,
  className,
  defaultValue,
  type = "text",
  autoComplete,
  width,
}: Common & {
  defaultValue?: string | number | null;
  type?: string;
  autoComplete?: string;
  width?: string;
}) {
  const control = controlProps({ name, label, hint, error });
  return (
    <Wrapper id={control.id} label={label} hint={hint} error={error} className={className}>
      <input
        {...control}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue ?? ""}
        className={`input mt-1 ${width ?? ""} ${error ? "border-danger" : ""}`}
      />
    </Wrapper>
  );
}

export function TextArea({
  name,
  label,
  hint,
  error,
  className,
  defaultValue,
  rows = 4,
}: Common & { defaultValue?: string | null; rows?: number }) {
  const control = controlProps({ name, label, hint, error });
  return (
    <Wrapper id={control.id} label={label} hint={hint} error={error} className={className}>
      <textarea
        {...control}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        className={`input mt-1 ${error ? "border-danger" : ""}`}
      />
    </Wrapper>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  className,
  defaultValue,
  options,
}: Common & {
  defaultValue?: string | null;
  options: readonly { value: string; label: string }[];
}) {
  const control = controlProps({ name, label, hint, error });
  return (
    <Wrapper id={control.id} label={label} hint={hint} error={error} className={className}>
      <select {...control} defaultValue={defaultValue ?? ""} className="input mt-1 w-auto max-w-full">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

/** Checkboxes (many) or radios (one) in a fieldset; the legend is the question. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  options,
  checked,
  type = "checkbox",
  className,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  type?: "checkbox" | "radio";
}) {
  const id = fieldId(name);
  return (
    <fieldset
      className={`mt-4 ${error ? "border-s-4 border-danger ps-3" : ""} ${className ?? ""}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="font-bold">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {options.map((o, i) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              type={type}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              id={i === 0 ? id : `${id}-${i}`}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
