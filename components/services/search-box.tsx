/** A plain GET form to /services, so it works with JavaScript off and the URL can be shared. */
export function SearchBox({
  defaultValue = "",
  label = "Search for support",
}: {
  defaultValue?: string;
  label?: string;
}) {
  return (
    <form action="/services" method="get" role="search" className="flex flex-col gap-2 print:hidden">
      <label htmlFor="search-q" className="text-lg font-bold">
        {label}
      </label>
      <span id="search-hint" className="text-muted">
        For example: speech therapy, autism, short breaks, getting a job
      </span>
      <div className="flex gap-2">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          aria-describedby="search-hint"
          className="input max-w-xl"
          maxLength={200}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
