import { expect, test } from './fixtures';

test.describe('goal builder in the popup', () => {
  test('builds a goal through the steps; the sentence, letters and score follow', async ({
    popup,
  }) => {
    const { page } = popup;
    await expect(popup.sentence).toContainText('Your goal sentence appears here');
    const score = page.getByTestId('goal-score');
    await expect(score).toHaveText('0');

    await popup.field('What (broad goal)').fill('Sell more on mobile');

    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('mobile conversion rate');
    await popup.field('Scope').fill('on iOS');
    await expect(popup.sentence).toHaveText('Improve mobile conversion rate on iOS.');
    await expect(popup.letter('S')).toHaveAttribute('data-met', 'true');
    await expect(popup.letter('S')).toContainText('mobile conversion rate on iOS');

    await popup.goToStep('M');
    await popup.field('Measurable: baseline (now)').fill('2.3');
    await popup.field('Unit').selectOption('percent');
    await popup.field('Target level').fill('5');
    await expect(popup.sentence).toHaveText(
      'Increase mobile conversion rate on iOS from 2.3% to 5%.',
    );
    await expect(popup.letter('M')).toContainText('from 2.3% to 5%');
    await expect(page.getByTestId('change-both-ways')).toContainText('+117.4%');

    await popup.goToStep('A');
    await popup.field('Achievable: recent growth, % per period').fill('5');

    await popup.goToStep('R');
    await popup.field('Business objective').fill('Mobile revenue share');
    await expect(popup.letter('R')).toHaveAttribute('data-met', 'true');

    await popup.goToStep('T');
    await popup.field('Time-bound: deadline').fill('2099-09-30');
    await expect(popup.sentence).toHaveText(
      'Increase mobile conversion rate on iOS from 2.3% to 5% by September 30, 2099.',
    );
    await expect(popup.letter('T')).toHaveAttribute('data-met', 'true');
    await expect(page.getByTestId('engine-verdict')).toHaveAttribute('data-missing', '');
    await expect(score).not.toHaveText('0');
    await popup.saved();

    // The Achievable step judged the target against the 5 %/month history, with the compounding.
    await popup.goToStep('A');
    await expect(page.getByTestId('achievable')).toHaveAttribute('data-verdict', /yes|no/);
    await expect(page.getByTestId('compounding')).toContainText('+5%');
  });

  test('a target above twice the recent rate is flagged, with the compounding shown', async ({
    popup,
  }) => {
    const { page } = popup;
    await popup.goToStep('M');
    await popup.field('Measurable: baseline (now)').fill('1000');
    await popup.field('Target level').fill('3000');
    await popup.goToStep('T');
    await page.getByRole('button', { name: '+6 months' }).click();
    await popup.goToStep('A');
    await popup.field('Achievable: recent growth, % per period').fill('5');
    await expect(page.getByTestId('achievable')).toHaveAttribute('data-verdict', 'no');
    await expect(page.getByRole('alert').filter({ hasText: 'Too ambitious' })).toBeVisible();
    await expect(page.getByTestId('compounding')).toContainText(/\+34(\.0)?%/);
  });

  test('the steps are a keyboard tab list', async ({ popup }) => {
    const { page } = popup;
    await popup.step('Why').focus();
    await page.keyboard.press('ArrowRight');
    await expect(popup.step('S')).toBeFocused();
    await expect(popup.step('S')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(popup.step('DUMB')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(popup.step('Why')).toHaveAttribute('aria-selected', 'true');
  });

  test('pasted text is split into the fields, keeping the words', async ({ popup }) => {
    await popup.view('New');
    await popup.page
      .getByTestId('paste-text')
      .fill('Grow web traffic among Gen Z 20% by Q3 2099 through targeted SEO');
    await popup.page.getByRole('button', { name: 'Split into fields' }).click();
    await expect(popup.sentence).toHaveText(
      'Increase web traffic among Gen Z by 20% by September 30, 2099 through targeted SEO.',
    );
    await popup.goToStep('S');
    await expect(popup.field('Specific: metric')).toHaveValue('web traffic');
    await expect(popup.field('Scope')).toHaveValue('among Gen Z');
  });

  test('a template starts a goal in the interface language', async ({ popup }) => {
    await popup.view('New');
    await popup.page.getByRole('button', { name: 'Grow organic search traffic' }).click();
    await popup.goToStep('S');
    await expect(popup.field('Specific: metric')).toHaveValue('organic search visitors per month');
  });

  test('delete moves the goal to the trash and Undo brings it back', async ({ popup }) => {
    const { page } = popup;
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('newsletter subscribers');
    await popup.saved();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(popup.notice).toContainText('moved to the trash');
    await expect(popup.sentence).not.toContainText('newsletter subscribers');
    await popup.notice.getByRole('button', { name: 'Undo' }).click();
    await expect(popup.notice).toContainText('Restored');
    await expect(popup.sentence).toHaveText('Improve newsletter subscribers.');
  });

  test('copy puts the sentence on the clipboard and says so', async ({ popup, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('NPS');
    await popup.page.getByRole('button', { name: 'Copy sentence' }).click();
    await expect(popup.notice).toContainText('Copied the sentence.');
    expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe('Improve NPS.');
  });

  test('Insert without a focused page field shows the reason', async ({ popup }) => {
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('NPS');
    await popup.page.getByRole('button', { name: 'Insert into page' }).click();
    await expect(popup.notice).toContainText('Not inserted');
  });

  test('the language switcher changes the interface and is remembered', async ({ popup }) => {
    await popup.page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText(
      'Конструктор SMART-целей',
    );
    await popup.page.reload();
    await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText(
      'Конструктор SMART-целей',
    );
  });
});
