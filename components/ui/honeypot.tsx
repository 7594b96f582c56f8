// A field people never see or reach (off-screen, skipped by the keyboard, hidden from screen readers)
// but form-filling programs do: anything in it means the post was not made by a person.
export function Honeypot({ name }: { name: string }) {
  const id = `hp-${name}`;
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={id}>Leave this empty</label>
      <input id={id} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
