// "Save to your list" / "Remove from your list": a plain form that posts to a route handler, so it
// works without JavaScript and the card needs no script. `back` is where the browser returns to.
export function SaveButton({
  serviceId,
  serviceName,
  saved,
  back,
}: {
  serviceId: string;
  serviceName: string;
  saved: boolean;
  back: string;
}) {
  return (
    <form method="post" action={saved ? "/shortlist/remove" : "/shortlist/save"} className="print:hidden">
      <input type="hidden" name="id" value={serviceId} />
      <input type="hidden" name="back" value={back} />
      {saved && (
        <p className="mb-1 inline-block font-semibold text-success" data-testid="saved-note">
          On your list
        </p>
      )}{" "}
      <button type="submit" className="button button-secondary text-base">
        {saved ? "Remove" : "Save"}
        <span className="sr-only"> {serviceName}</span> {saved ? "from your list" : "to your list"}
      </button>
    </form>
  );
}
