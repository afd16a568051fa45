import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptAnswerProblem, shortFile, useLoadProblems } from '../../src/loading/problems';
import { DataFileError, fetchJson, fetchText } from '../../src/loading/dataFile';

afterEach(() => {
  vi.unstubAllGlobals();
  useLoadProblems.setState({ problems: [], dismissed: false });
});

const serve = (body: string, status: number, type: string) =>
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } })));

describe('what a server sent for a script', () => {
  it('accepts the JavaScript types and names anything else', () => {
    expect(scriptAnswerProblem(200, 'text/javascript; charset=utf-8')).toBeNull();
    expect(scriptAnswerProblem(200, 'application/javascript')).toBeNull();
    expect(scriptAnswerProblem(200, 'application/octet-stream')).toBe('application/octet-stream');
    expect(scriptAnswerProblem(200, null)).toBe('no content type');
    expect(scriptAnswerProblem(404, 'text/html')).toBe('HTTP 404');
  });

  it('names a file relative to the app’s folder, and another origin’s in full', () => {
    const page = 'http://intranet/plan-map/index.html?lang=en';
    expect(shortFile('./assets/x.js', page)).toBe('assets/x.js');
    expect(shortFile('http://intranet/plan-map/data/plans/index.json', page)).toBe('data/plans/index.json');
    expect(shortFile('http://elsewhere/x.js', page)).toBe('http://elsewhere/x.js');
  });
});

describe('reading a data file', () => {
  const page = 'http://localhost/';
  it('parses JSON and reads text', async () => {
    serve('{"a":1}', 200, 'application/octet-stream');
    expect(await fetchJson(`${page}data/a.json`)).toEqual({ a: 1 });
    serve('text', 200, 'text/plain');
    expect(await fetchText(`${page}data/a.txt`)).toBe('text');
    expect(useLoadProblems.getState().problems).toEqual([]);
  });

  it('names the file and what came, and reports it once', async () => {
    serve('missing', 404, 'text/plain');
    await expect(fetchJson(`${page}data/plans/index.json`)).rejects.toThrow(new DataFileError('data/plans/index.json', 'HTTP 404'));
    serve('<!doctype html>', 200, 'text/html; charset=utf-8');
    await expect(fetchJson(`${page}geo/regions.topo.json`)).rejects.toThrow('geo/regions.topo.json: text/html (a web page), not JSON');
    serve('{"a":', 200, 'application/json');
    await expect(fetchJson(`${page}data/taxonomy.json`)).rejects.toThrow('data/taxonomy.json: not valid JSON');
    await expect(fetchJson(`${page}data/taxonomy.json`)).rejects.toThrow();
    expect(useLoadProblems.getState().problems).toEqual([
      { kind: 'data', file: 'data/plans/index.json', came: 'HTTP 404' },
      { kind: 'data', file: 'geo/regions.topo.json', came: 'text/html (a web page), not JSON' },
      { kind: 'data', file: 'data/taxonomy.json', came: 'not valid JSON' },
    ]);
  });

  it('gives null for a file that may be missing, without a report', async () => {
    serve('missing', 404, 'text/plain');
    expect(await fetchJson(`${page}data/r.json`, { missing: 'null' })).toBeNull();
    expect(useLoadProblems.getState().problems).toEqual([]);
  });
});
