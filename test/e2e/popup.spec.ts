import { expect, test } from './fixtures';

const VAGUE = 'Improve onboarding soon.';
const REPORT = 'Last quarter we increased signups by 12%.';
const SMART = 'Raise the mobile conversion rate from 2.3% to 5% by Q3 2027.';

test.describe('popup goal check', () => {
  test('flags a vague goal, names the missing M and T, and offers a rewrite', async ({ popup }) => {
    await popup.type(VAGUE);

    await expect(popup.segments).toHaveCount(1);
    const segment = popup.segment();
    await expect(segment).toHaveAttribute('data-goal', 'true');
    await expect(segment).toHaveAttribute('data-vague', 'true');
    await expect(segment).toHaveAttribute('data-criteria', /M/);
    await expect(segment).toHaveAttribute('data-criteria', /T/);
    await expect(segment).toHaveAttribute('data-lang', 'en');

    const rewrite = popup.rewrite(segment);
    await expect(rewrite).toBeVisible();
    await expect(rewrite).toHaveText(/\w{3,}/);
    expect((await rewrite.innerText()).trim()).not.toBe(VAGUE);
  });

  test('does not take a report of past results for a goal', async ({ popup }) => {
    await popup.type(REPORT);

    await expect(popup.segments).toHaveCount(1);
    const segment = popup.segment();
    await expect(segment).toHaveAttribute('data-goal', 'false');
    await expect(segment).toHaveAttribute('data-vague', 'false');
    await expect(popup.rewrite(segment)).toHaveCount(0);
  });

  test('accepts a SMART goal without a rewrite', async ({ popup }) => {
    await popup.type(SMART);

    await expect(popup.segments).toHaveCount(1);
    const segment = popup.segment();
    await expect(segment).toHaveAttribute('data-goal', 'true');
    await expect(segment).toHaveAttribute('data-vague', 'false');
    await expect(segment).toHaveAttribute('data-criteria', '');
    await expect(segment).toHaveAttribute('data-lang', 'en');
    await expect(popup.rewrite(segment)).toHaveCount(0);
  });

  test('gives each sentence its own verdict and follows edits', async ({ popup }) => {
    await popup.input.fill(`${VAGUE} ${REPORT} ${SMART}`);

    await expect(popup.segments).toHaveCount(3);
    await expect(popup.segment(0)).toHaveAttribute('data-vague', 'true');
    await expect(popup.segment(1)).toHaveAttribute('data-goal', 'false');
    await expect(popup.segment(2)).toHaveAttribute('data-vague', 'false');
    await expect(popup.segments.getByTestId('rewrite')).toHaveCount(1);

    // Replacing the text replaces the verdict; an empty draft has none.
    await popup.type(SMART);
    await expect(popup.segments).toHaveCount(1);
    await expect(popup.segment()).toHaveAttribute('data-vague', 'false');
    await popup.input.clear();
    await expect(popup.segments).toHaveCount(0);
  });

  test('analyses on the device: no request leaves the extension', async ({ popup, audit }) => {
    for (const text of [VAGUE, REPORT, SMART]) {
      await popup.type(text);
      await expect(popup.segments).toHaveCount(1);
    }

    // The listener saw the popup load itself, so an empty list of foreign requests means something.
    expect(audit.requests).toContain(popup.url);
    expect(audit.foreignRequests()).toEqual([]);
    expect(audit.pageErrors).toEqual([]);
  });
});
