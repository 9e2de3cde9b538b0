/**
 * The employee app as an installable PWA: the manifest the browser reads, the service worker it
 * registers, and the app shell opening from the device with no network at all.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { PHONE, type Browser } from '../support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('employee app as a PWA', () => {
  it('is installable and opens without a network once visited', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/employee/`);
      await page.getByTestId('login-nip').waitFor();

      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBeTruthy();
      const manifest = (await (
        await fetch(new URL(href!, `${baseUrl}/employee/`))
      ).json()) as Record<string, unknown> & { icons: { sizes: string; type: string }[] };
      expect(manifest).toMatchObject({
        name: 'Kinerja Pegawai',
        start_url: '/employee/',
        scope: '/employee/',
        display: 'standalone',
      });
      expect(manifest.icons.map((i) => i.sizes)).toEqual(
        expect.arrayContaining(['192x192', '512x512']),
      );
      for (const icon of ['icon-192.png', 'icon-512.png']) {
        const res = await fetch(`${baseUrl}/employee/${icon}`);
        expect(res.headers.get('content-type'), icon).toContain('image/png');
      }

      // The service worker takes over and precaches the app shell.
      const scope = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.scope;
      });
      expect(scope).toBe(`${baseUrl}/employee/`);
      await page.reload();
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

      // No network at all: the sign-in page still opens, from the device.
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('login-nip').waitFor();
      expect(await page.title()).toContain('Kinerja');
    } finally {
      await context.close();
    }
  });
});
