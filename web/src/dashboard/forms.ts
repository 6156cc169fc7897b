/** Reading form fields as strings (a FormData value may also be a File). */

/** The trimmed-free text of field `name`, or '' when missing or a file. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
