// How families get in touch: the service's website and email, and its contacts with their phone numbers.
import { TextField } from "@/components/ui/field";
import { AddButton, RowBox, rows, v, type GroupProps } from "./rows";

export function ContactFields({ f, e }: GroupProps) {
  const contacts = rows(f.contacts);
  return (
    <>
      <TextField name="url" type="url" label="Website (optional)" defaultValue={v(f.url)} error={e.url} />
      <TextField
        name="email"
        type="email"
        label="Email address for the service (optional)"
        defaultValue={v(f.email)}
        error={e.email}
      />
      {e.contacts && (
        <p className="mt-2 font-bold text-danger" id="f-contacts">
          {e.contacts}
        </p>
      )}
      {contacts.map((c, i) => {
        // One empty phone row more than there are, so a number can be added without a button press.
        const phones = [...rows(c.phones), { number: "", description: "" }];
        return (
          <RowBox
            key={`contact-${i}-${contacts.length}`}
            legend={`Contact ${i + 1}`}
            removeIntent={`remove:contacts.${i}`}
          >
            <TextField
              name={`contacts.${i}.title`}
              label="Role"
              hint="For example, SEND duty officer. Roles last longer than names."
              defaultValue={v(c.title)}
              error={e[`contacts.${i}.title`]}
            />
            <TextField
              name={`contacts.${i}.name`}
              label="Name (optional)"
              defaultValue={v(c.name)}
              error={e[`contacts.${i}.name`]}
            />
            <TextField
              name={`contacts.${i}.email`}
              type="email"
              label="Email address"
              defaultValue={v(c.email)}
              error={e[`contacts.${i}.email`]}
            />
            {phones.map((p, j) => (
              <div key={`phone-${j}-${phones.length}`} className="flex flex-wrap gap-4">
                <TextField
                  name={`contacts.${i}.phones.${j}.number`}
                  type="tel"
                  label={`Phone number ${j + 1}`}
                  defaultValue={v(p.number)}
                  error={e[`contacts.${i}.phones.${j}.number`]}
                  width="w-56"
                />
                <TextField
                  name={`contacts.${i}.phones.${j}.description`}
                  label={`When to call number ${j + 1}`}
                  defaultValue={v(p.description)}
                  error={e[`contacts.${i}.phones.${j}.description`]}
                />
              </div>
            ))}
          </RowBox>
        );
      })}
      <AddButton field="contacts" label={contacts.length ? "Add another contact" : "Add a contact"} />
    </>
  );
}
