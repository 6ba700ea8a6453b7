import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app';

const apps: TestApp[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

describe('GET /api/v1/instance', () => {
  it('says whether this installation sends e-mail, so the site does not offer or promise it when it cannot', async () => {
    const withoutSmtp = await createTestApp();
    apps.push(withoutSmtp);
    expect((await withoutSmtp.app.inject('/api/v1/instance')).json()).toEqual({ mode: 'production', emailEnabled: false });

    // A configured server (never contacted here: the transport connects only to send).
    const withSmtp = await createTestApp({ smtpUrl: 'smtp://127.0.0.1:2525' });
    apps.push(withSmtp);
    expect((await withSmtp.app.inject('/api/v1/instance')).json()).toEqual({ mode: 'production', emailEnabled: true });
  });
});
