import { describe, expect, it } from 'vitest';
import { fillOpacity, matchState, regionColour, scopeRegions } from '../../../src/svgMap/regionStyle';
import { placeLabels, textWidth } from '../../../src/svgMap/labels';
import { MATCH, REGION_COLOURS } from '../../../src/map/layerStyle';
import { MATCH_FILL, type MatchStrength } from '../../../src/filter/matchStyle';
import { displayedParents } from '../../../src/state/drill';
import { parseBoundaryPack } from '../../../src/data/regions';
import { fixtureTopology } from '../fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

describe('scopeRegions', () => {
  it('at the top shows the top regions’ children, new areas last, and other prefectures faint', () => {
    const regions = scopeRegions(data, displayedParents(data, null));
    expect(regions.displayed).toEqual(['130100', '130600', '331102', '331181', '133100']);
    expect(regions.faint).toEqual(['331100']);
  });

  it('inside a prefecture shows its counties over the faint prefectures and new area', () => {
    const regions = scopeRegions(data, displayedParents(data, '130600'));
    expect(regions.displayed).toEqual(['130602', '130638']);
    expect(regions.faint.sort()).toEqual(['130100', '130600', '133100', '331100']);
    // Counties of other prefectures are not drawn at all.
    expect(regions.faint).not.toContain('331102');
  });

  it('is memoised per pack and scope', () => {
    expect(scopeRegions(data, ['130600'])).toBe(scopeRegions(data, ['130600']));
  });
});

describe('filter styling', () => {
  it('reads strengths as the WebGL map’s match states', () => {
    const matches = new Map<string, MatchStrength>([
      ['130600', MATCH.own],
      ['130100', MATCH.viaParent],
      ['331181', MATCH.interpretation],
    ]);
    expect(matchState(null, '130600')).toBe(MATCH.none);
    expect(matchState(matches, '130600')).toBe(MATCH.own);
    expect(matchState(matches, '130100')).toBe(MATCH.viaParent);
    expect(matchState(matches, '331181')).toBe(MATCH.interpretation);
    expect(matchState(matches, '331102')).toBe(MATCH.unmatched);
  });

  it('uses the WebGL map’s opacities: full, weaker, dimmed', () => {
    expect(fillOpacity(true, MATCH.own)).toBe(0.85);
    expect(fillOpacity(true, MATCH.viaParent)).toBe(0.45);
    expect(fillOpacity(true, MATCH.unmatched)).toBe(0.05);
    expect(fillOpacity(true, MATCH.none)).toBe(0.55);
    expect(fillOpacity(false, MATCH.none)).toBe(0.14);
    expect(fillOpacity(false, MATCH.own)).toBe(0.3);
  });

  it('draws a match that is only our interpretation lighter than one the region plans itself, by the shared table', () => {
    for (const displayed of [true, false]) {
      expect(fillOpacity(displayed, MATCH.interpretation)).toBe(MATCH_FILL[MATCH.interpretation][displayed ? 0 : 1]);
      expect(fillOpacity(displayed, MATCH.interpretation)).toBeLessThan(fillOpacity(displayed, MATCH.own));
    }
  });

  it('colours by province, new areas apart', () => {
    expect(regionColour('220100', 'prefecture')).toBe(REGION_COLOURS.jilin);
    expect(regionColour('331181', 'county')).toBe(REGION_COLOURS.zhejiang);
    expect(regionColour('133100', 'newarea')).toBe(REGION_COLOURS.newarea);
  });
});

describe('placeLabels', () => {
  const screen = { width: 400, height: 300 };

  it('places larger regions first and drops a name that would overlap one placed', () => {
    const placed = placeLabels(
      [
        { code: 'small', text: '竞秀区', x: 110, y: 100, priority: 10 },
        { code: 'big', text: '保定市', x: 100, y: 100, priority: 1000 },
        { code: 'apart', text: '龙泉市', x: 300, y: 200, priority: 1 },
      ],
      14,
      screen,
    );
    expect(placed.map((l) => l.code)).toEqual(['big', 'apart']);
  });

  it('drops names that would leave the screen', () => {
    expect(placeLabels([{ code: 'edge', text: 'Zhangjiakou', x: 5, y: 100, priority: 1 }], 14, screen)).toEqual([]);
  });

  it('measures CJK characters wider than Latin ones', () => {
    expect(textWidth('保定市', 10)).toBe(30);
    expect(textWidth('abc', 10)).toBeCloseTo(17.4);
  });
});
