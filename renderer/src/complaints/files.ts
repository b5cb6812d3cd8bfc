// Files the clerk picked in a file input, as the store takes them: the bytes are read only when
// the file is sent, so a refused file (wrong type, too large) is never read at all.

import type { PickedFile } from '../stores/complaints.ts';

export function pickedFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((f) => ({
    name: f.name,
    type: f.type,
    size: f.size,
    bytes: async () => new Uint8Array(await f.arrayBuffer()),
  }));
}
