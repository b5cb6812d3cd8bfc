// Bytes from the main side handed to the person at the desk as a file: a download in the
// browser mode, the save dialog in Electron (the complaint journal's XLSX, the audit log).

/** Hands bytes to the clerk as a file (a download in the browser, a save dialog in Electron). */
export type Download = (fileName: string, mimeType: string, base64: string) => void;

export function browserDownload(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
