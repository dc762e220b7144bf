/** The messages of one field, referenced by the field's aria-describedby. */
export function FieldError({ id, messages }: { id?: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {messages.join(' ')}
    </p>
  );
}
