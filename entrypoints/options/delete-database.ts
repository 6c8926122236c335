/**
 * Deletes an IndexedDB database of the extension origin. Every connection the extension opens
 * (`createDraftsDatabase`) closes itself on `versionchange`, so a delete is blocked only by a page
 * that stays open on an old build: then say so rather than wait forever.
 */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
    request.onblocked = () =>
      reject(
        new Error(
          'another extension page keeps the drafts open; close it and the deletion finishes',
        ),
      );
  });
}
