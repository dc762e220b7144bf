/** The file picker of an upload form, posted as `file`; `accept` narrows the picker, the server still checks. */
export function UploadFileInput({ id, accept }: { id: string; accept?: string }) {
  return (
    <input
      id={id}
      name="file"
      type="file"
      accept={accept}
      className="w-full min-w-0 text-sm text-slate-900 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-slate-50 file:px-3 file:py-2 file:text-sm"
    />
  );
}
