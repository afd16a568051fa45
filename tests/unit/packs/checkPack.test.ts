/** The command: `npm run check-pack <path>` (tsx src/tools/checkPack.ts), its output and exit code. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefing, validPack } from './packFixture';

const dir = mkdtempSync(join(tmpdir(), 'check-pack-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/tools/checkPack.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run check-pack', () => {
  it('exits 0 with a summary for a valid single-file pack, and for a folder pack with briefings', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(validPack()));
    const single = run(file);
    expect(single.code).toBe(0);
    expect(single.out.trim()).toBe(`${file}: OK (Demo pack): 2 region(s), 1 plan(s), 1 target(s)`);

    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'plans'), { recursive: true });
    mkdirSync(join(folder, 'briefings'), { recursive: true });
    writeFileSync(join(folder, 'boundaries.json'), JSON.stringify(validPack().boundaries));
    writeFileSync(join(folder, 'plans', 'demo.json'), JSON.stringify(validPack().plans[0]));
    writeFileSync(join(folder, 'briefings', 'a.md'), '# a');
    writeFileSync(join(folder, 'briefings', 'demo.json'), JSON.stringify(briefing()));
    const r = run(folder);
    expect(r.code).toBe(0);
    expect(r.out).toContain('note: briefings/a.md: not part of the pack layout; ignored');
    expect(r.out).toContain(`${folder}: OK: 2 region(s), 1 plan(s), 1 target(s), 1 briefing(s)`);

    // A briefing that reuses a shipped id, or points at a built-in element that does not exist, is refused.
    writeFileSync(
      join(folder, 'briefings', 'demo.json'),
      JSON.stringify({
        ...briefing('three-regions'),
        steps: [{ ...briefing().steps[2], element: 'hebei-manufacturing-14fyp/hb-nowhere' }],
      }),
    );
    const bad = run(folder);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('briefings/demo.json: steps[0].element: unknown layout element "hebei-manufacturing-14fyp/hb-nowhere"');
  }, 60_000);

  it('exits 1 and prints every problem, one per line, with the messages of the library', () => {
    const p = validPack();
    p.boundaries.features[0].geometry.coordinates[0][1] = [200, 35];
    p.plans[0].targets[0].regionCode = '999999';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(p));
    const r = run(file);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(
      'bad.json: boundaries.features[0].geometry.coordinates[0][1]: longitude 200 is out of range (expected −180 to 180)',
    );
    expect(lines).toContain(
      `bad.json: plans[0].targets[0].regionCode: unknown region code "999999" (not in this pack's boundaries nor the built-in regions)`,
    );
    expect(lines.at(-1)).toBe(`${file}: 2 problem(s); the pack was not accepted`);

    const gbk = join(dir, 'gbk.json');
    writeFileSync(gbk, Buffer.from([0x7b, 0x22, 0xbc, 0xaa, 0x22, 0x7d]));
    const g = run(gbk);
    expect(g.code).toBe(1);
    expect(g.out).toContain('gbk.json: not UTF-8 text (invalid byte at offset 2); save the file as UTF-8');
  }, 60_000);

  it('exits 2 on a usage error', () => {
    expect(run().code).toBe(2);
    expect(run(join(dir, 'missing.json')).code).toBe(2);
  }, 60_000);
});
