import { describe, expect, it } from 'vitest';
import { packInput } from '../../../src/packs/packInput';

const names = (paths: string[]) => packInput(paths.map((path) => ({ path, item: path })));

describe('packInput: what was picked or dropped → the names the validator expects', () => {
  it('takes one JSON file as a single-file pack', () => {
    expect(names(['my-pack.json'])).toEqual({
      layout: 'file',
      files: [{ name: 'my-pack.json', item: 'my-pack.json' }],
      label: 'my-pack.json',
    });
    expect(names(['pack.json'])?.layout).toBe('file');
  });

  it('takes a lone boundaries file as a pack of boundaries only', () => {
    expect(names(['boundaries.geojson'])).toMatchObject({ layout: 'folder', files: [{ name: 'boundaries.geojson' }] });
  });

  it('places files picked flat by name: top-level files at the top, other JSON under plans/', () => {
    expect(
      names(['pack.json', 'boundaries.topo.json', 'taxonomy.json', 'index.json', 'my-plan.json', 'notes.md'])?.files.map((f) => f.name),
    ).toEqual(['pack.json', 'boundaries.topo.json', 'taxonomy.json', 'plans/index.json', 'plans/my-plan.json', 'notes.md']);
  });

  it('strips the picked or dropped folder name and keeps the layout inside it', () => {
    const input = names(['mypack/boundaries.json', 'mypack/plans/a.json', 'mypack/briefings/x.md']);
    expect(input).toMatchObject({ layout: 'folder', label: 'mypack' });
    expect(input?.files.map((f) => f.name)).toEqual(['boundaries.json', 'plans/a.json', 'briefings/x.md']);
    expect(names(['mypack/plans/a.json'])?.files[0].name).toBe('plans/a.json');
  });

  it('returns nothing for nothing picked', () => {
    expect(names([])).toBeNull();
  });
});
