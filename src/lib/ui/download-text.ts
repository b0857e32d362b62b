import { downloadBlob } from './download-blob.ts';

/** Saves `text` as a file the browser downloads (a blob: URL, nothing leaves the machine). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
