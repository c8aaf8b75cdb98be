/**
 * Puts a file into one of QSM's file inputs as if the seller had picked it: sets `files` and fires
 * `input` and `change` (bubbling), the events the page and the extension listen for. False when
 * the input is gone, disabled, or the browser would not take the file.
 */
export function putFile(input: HTMLInputElement, file: File): boolean {
  if (!input.isConnected || input.disabled) return false;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  if (input.files?.length !== 1) return false;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
