import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { dataDir, planFiles, plansDir, readJson, rel } from './loadData';
import { validatePlan, validatePlanIndex, validateTaxonomy } from '../../src/data/validate';

describe('plan data files match the schema', () => {
  it('has the five plan files', () => {
    expect(planFiles().map((f) => path.basename(f))).toEqual([
      'hebei-manufacturing-14fyp.json',
      'jilin-clusters-2013.json',
      'jilin-industry-14fyp.json',
      'jilin-sei-2022.json',
      'lishui-clusters-2022.json',
    ]);
  });

  it('taxonomy.json is valid', () => {
    const file = path.join(dataDir, 'taxonomy.json');
    const r = validateTaxonomy(rel(file), readJson(file));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('plans/index.json is valid', () => {
    const file = path.join(plansDir, 'index.json');
    const r = validatePlanIndex(rel(file), readJson(file));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  for (const file of planFiles()) {
    it(`${rel(file)} is valid`, () => {
      const r = validatePlan(rel(file), readJson(file));
      expect(r.ok ? [] : r.errors).toEqual([]);
    });
  }
});

describe('invalid data is reported with file and field path', () => {
  const file = path.join(plansDir, 'hebei-manufacturing-14fyp.json');
  const name = 'public/data/plans/hebei-manufacturing-14fyp.json';

  it('a string where a number belongs', () => {
    const json = readJson(file) as { targets: Array<Record<string, unknown>> };
    json.targets[3].value = '6';
    const r = validatePlan(name, json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(`${name}: targets[3].value: expected number, got string`);
  });

  it('a missing quote, an unknown unit and an interpretation without reason', () => {
    const json = readJson(file) as {
      industries: Array<{ source: Record<string, unknown> }>;
      targets: Array<Record<string, unknown>>;
      layout: Array<{ members: Array<{ source: Record<string, unknown> }> }>;
    };
    delete json.industries[0].source.quote;
    json.targets[0].unit = 'furlongs';
    const zone = json.layout.find((e) => e.members.length > 0)!;
    zone.members[0].source.status = 'interpretation';
    delete zone.members[0].source.reason;
    const r = validatePlan(name, json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain(`${name}: industries[0].source.quote: expected string, got nothing`);
    expect(r.errors.some((e) => e.startsWith(`${name}: targets[0].unit: expected one of`))).toBe(true);
    expect(
      r.errors.some((e) => /^public\/data\/plans\/hebei-manufacturing-14fyp\.json: layout\[\d+\]\.members\[0\]\.source\.reason: /.test(e)),
    ).toBe(true);
  });

  it('a dangling industry reference', () => {
    const json = readJson(file) as { layout: Array<{ industries: string[] }> };
    json.layout[1].industries.push('no-such-industry');
    const r = validatePlan(name, json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(`${name}: layout[1].industries[0]: unknown industry "no-such-industry"`);
  });

  it('not an object at all', () => {
    const r = validatePlan('x.json', 42);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toBe('x.json: (root): expected object, got number');
  });
});
