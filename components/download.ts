/** Saves data as a file through a temporary link: the page's own download, no permission needed. */
export function saveFile(name: string, data: BlobPart, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a little later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
