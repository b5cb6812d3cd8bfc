import { browserClient } from './client.ts';

describe('the browser-mode client', () => {
  it('posts the input as JSON to /api/<channel> and returns the Result as it came', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const client = browserClient({
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return new Response(JSON.stringify({ ok: true, value: { rows: [], total: 0 } }));
      },
      open: () => null,
    });
    const r = await client.invoke('applications.search', { query: 'Қасымова' });
    expect(r).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(seen[0]?.url).toBe('/api/applications.search');
    expect(seen[0]?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'Қасымова' }),
    });
  });

  it('turns a network failure into an internal error instead of throwing', async () => {
    const client = browserClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      open: () => null,
    });
    expect(await client.invoke('session.current', {})).toEqual({
      ok: false,
      error: { code: 'internal', params: { where: 'network', detail: 'Failed to fetch' } },
    });
  });

  it('opens stored documents at /documents/<id>.pdf and reports a blocked window', async () => {
    const opened: string[] = [];
    const client = browserClient({
      fetch: async () => new Response('{}'),
      open: (url) => {
        opened.push(url);
        return opened.length === 1 ? {} : null;
      },
    });
    expect(await client.printDocument(12)).toMatchObject({ ok: true });
    expect(await client.openDocument(13)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(opened).toEqual(['/documents/12.pdf', '/documents/13.pdf']);
    expect(client.door).toBe('browser');
  });
});
