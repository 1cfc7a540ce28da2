/** The files a maintainer gives the Data page: picked, from a picked folder, or dropped (files or a folder). */
/**
 * The files' contents. From a folder, only its own files count (not those of folders inside it,
 * such as a backup copy), so that one name means one file. Opening workbooks and ZIPs, and the
 * checks, happen in the worker (see use-check.ts).
 */
export async function readFiles(list: readonly File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const own = list.filter((file) => (file.webkitRelativePath.match(/\//g) ?? []).length <= 1);
  return Promise.all(own.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A dropped folder's own entries (the browser hands them over in batches). */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** What was dropped: files, and the files of a dropped folder (not of folders inside it). */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.webkitGetAsEntry();
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...transfer.files];
  const files: File[] = [];
  for (const entry of entries) {
    if (isFile(entry)) files.push(await fileOf(entry));
    else if (isDirectory(entry))
      for (const child of await entriesOf(entry)) if (isFile(child)) files.push(await fileOf(child));
  }
  return files;
}
