/**
 * Saving bytes the viewer made (a report, an imported plan as YAML) as a download: a Blob and a
 * temporary object URL, never a request.
 */

/** Offer bytes or text to the user as a file. */
export function saveFile(data: Uint8Array | string, fileName: string, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const blob = new Blob([part], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file name safe on every system: the characters Windows forbids replaced, kept short.
 *
 * @example
 * safeFileName('市财政局/责任清单 2021-10-01.docx'); //=> '市财政局_责任清单 2021-10-01.docx'
 */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 150);
}
