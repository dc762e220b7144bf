import { expect, type Page } from '@playwright/test';

// Reading e-mails in /dev/mailbox (where the demo and the tests keep them):
// the newest e-mail to an address, and a link in it.

export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The path and query of the first link starting with `pathPrefix` in the newest e-mail to `to`. */
export async function linkFromMailbox(page: Page, to: string, pathPrefix: string): Promise<string> {
  await page.goto('/dev/mailbox');
  await page
    .getByRole('link', { name: new RegExp(escapeRegExp(to)) })
    .first()
    .click();
  const href = await page.locator(`a[href*="${pathPrefix}"]`).first().getAttribute('href');
  expect(href, `a link to ${pathPrefix} in the e-mail to ${to}`).toBeTruthy();
  const url = new URL(href!);
  return `${url.pathname}${url.search}`;
}

/** The subjects of the e-mails to `to`, newest first. */
export async function mailboxSubjects(page: Page, to: string): Promise<string[]> {
  await page.goto('/dev/mailbox');
  return page.getByRole('link', { name: new RegExp(escapeRegExp(to)) }).allInnerTexts();
}
