/** `jo.smith@seabourne.gov.uk` → `j…@seabourne.gov.uk`: enough to tell whose email it was, not to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "…";
  return `${email[0]}…${email.slice(at)}`;
}
