import { describe, expect, it } from 'vitest';
import { DatabaseBlockedError, deleteDraftsDb, openDraftsDb } from '../../../lib/drafts/database';
import { sample, setup } from './helpers';

describe('deleteDraftsDb', () => {
  it('deletes every draft, even while the extension holds a connection', async () => {
    const { factory, repo, database } = setup();
    await repo.create(sample());
    await database.connect();
    // Our own connections close on versionchange, so they never block the delete.
    await deleteDraftsDb({ factory });
    expect((await setup({ factory }).repo.list()).drafts).toEqual([]);
  });

  it('says which page blocks the delete instead of waiting forever', async () => {
    const { factory } = setup();
    // A connection that ignores versionchange, like a page still running an older build.
    const stubborn = await openDraftsDb({ factory });
    await expect(deleteDraftsDb({ factory })).rejects.toBeInstanceOf(DatabaseBlockedError);
    stubborn.close();
  });
});
