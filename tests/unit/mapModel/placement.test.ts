// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { breakName, breakTokens, elementLabelLines, lineBoxes, overlaps, placeGreedy, textEms } from '../../../src/mapModel';

describe('breakName: names broken into lines, never before punctuation', () => {
  it('keeps a bracketed part whole and with its brackets', () => {
    expect(breakTokens('长春核心（2013年规划）')).toEqual(['长', '春', '核', '心', '（2013年规划）']);
    expect(breakName('长春核心（2013年规划）', 9)).toEqual(['长春核心', '（2013年规划）']);
  });

  it('never ends a line with an opening bracket nor starts one with closing punctuation', () => {
    for (const name of [
      '长春国际汽车城（解读）（2013年规划）',
      '冀西北绿色制造带（解读）',
      '丽水市半导体全链条产业集群、精密制造产业集群',
      'Changchun core (interpretation) (2013 plan)',
    ]) {
      for (const max of [4, 6, 9, 12]) {
        const lines = breakName(name, max);
        expect(lines.join('').replace(/\s/g, ''), name).toBe(name.replace(/\s/g, ''));
        for (const line of lines) {
          expect(line, `${name} at ${max}`).not.toMatch(/[（(【《「]$/);
          expect(line, `${name} at ${max}`).not.toMatch(/^[）)】》」，、。,.;；:：]/);
        }
      }
    }
  });

  it('fills lines up to the width and breaks Latin text between words', () => {
    expect(breakName('唐山高质量发展极', 9)).toEqual(['唐山高质量发展极']);
    expect(breakName('唐山高质量发展极', 4)).toEqual(['唐山高质', '量发展极']);
    expect(breakName('Tangshan high-quality development pole', 12)).toEqual(
      ['Tangshan high-quality', 'development pole'].flatMap((l) => (textEms(l) > 12 ? l.split(' ') : [l])),
    );
    for (const line of breakName('Tangshan high-quality development pole', 12)) expect(line).toBe(line.trim());
  });

  it('marks and breaks an element’s name as the map shows it', () => {
    const props = { name_zh: '长春核心', name_en: 'Changchun core', status: 'interpretation', period: '2013–2017' };
    expect(elementLabelLines(props, 'zh')).toEqual(['长春核心（解读）', '（2013年规划）']);
  });
});

describe('placeGreedy: one collision pass', () => {
  const screen = { width: 200, height: 200 };
  const item = (id: string, x: number, y: number, priority = 0, more: [number, number][] = []) => ({
    id,
    priority,
    width: 40,
    height: 10,
    candidates: [[x, y] as [number, number], ...more],
  });

  it('earlier groups win over later ones whatever their priority, and nothing overlaps', () => {
    const placed = placeGreedy([[item('region', 100, 100, 0)], [item('element', 105, 100, 99, [[100, 130]])]], screen, { gap: 0 });
    expect(placed.map((p) => [p.id, p.candidate])).toEqual([
      ['region', 0],
      ['element', 1],
    ]);
  });

  it('takes obstacles as placed and drops an item with no free candidate', () => {
    expect(placeGreedy([[item('a', 100, 100)]], screen, { obstacles: [[90, 95, 110, 105]] })).toEqual([]);
  });

  it('samples a line into boxes along it', () => {
    const boxes = lineBoxes(
      [
        [0, 0],
        [40, 0],
      ],
      4,
      10,
    );
    expect(boxes).toHaveLength(5);
    expect(boxes.some((b) => overlaps(b, [18, -1, 22, 1]))).toBe(true);
    expect(boxes.some((b) => overlaps(b, [18, 5, 22, 8]))).toBe(false);
  });
});

describe('breakName balances its lines', () => {
  it('leaves no lone character on the last line', () => {
    expect(breakName('半导体全链条产业集群', 9)).toEqual(['半导体全链', '条产业集群']);
  });
});
