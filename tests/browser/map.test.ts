import { describe, expect, it } from 'vitest';
import { boundaryData } from './geoFixture';
import { browserSession } from './session';

const openApp = browserSession();
const open = (path = '', lang: 'zh' | 'en' = 'zh') => openApp(path, { lang });

describe('the map, offline, in real Chromium', () => {
  it('draws all three regions with Chinese labels and asks nothing of any other origin', async () => {
    const { map, foreignRequests, consoleErrors, page } = await open();
    const labels = await map.renderedLabels();
    for (const name of ['长春市', '石家庄市', '雄安新区']) expect(labels).toContain(name);
    const lishuiCounties = boundaryData.children.get('331100')!.map((r) => r.name.zh);
    expect(
      labels.some((l) => lishuiCounties.includes(l)),
      'a Lishui county is labelled',
    ).toBe(true);
    await expect(page.getByRole('region', { name: '地区地图' }).count()).resolves.toBe(1);
    await expect(page.getByText('边界仅为示意，非官方标准地图').count()).resolves.toBe(1);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('opens the panel of a prefecture, Xiong’an and a county of each region when its interior is clicked, and Esc closes it', async () => {
    // One page for the four: what is checked is each click's panel and link, not a first view.
    const { map, page } = await open();
    for (const [code, name] of [
      ['130100', '石家庄市'],
      ['220100', '长春市'],
      ['133100', '雄安新区'],
      ['331181', '龙泉市'],
    ]) {
      await map.clickRegion(code);
      await map.expectPanel(name);
      const text = await map.panelText();
      expect(text, name).toContain(code);
      expect(text, name).toMatch(/平方千米/);
      expect(new URL(page.url()).searchParams.get('region')).toBe(code);
      await page.keyboard.press('Escape');
      await page.locator('aside.panel').waitFor({ state: 'detached' });
    }
  });

  it('names a region on hover', async () => {
    const { page, map } = await open();
    await map.hoverRegion('130800');
    await page.locator('.hover-label', { hasText: '承德市' }).waitFor({ state: 'visible', timeout: 5000 });
  });

  it('drills from a prefecture into its counties and back out', async () => {
    const { map, page } = await open('?region=130600');
    await map.expectPanel('保定市');
    await page.getByRole('button', { name: /查看下级地区/ }).click();
    await map.waitForIdle();
    expect(await map.renderedRegions()).toContain('130602');
    await map.clickRegion('130633');
    await map.expectPanel('易县');
    await page.getByRole('navigation', { name: '层级导航' }).getByRole('button', { name: '全部地区' }).click();
    await map.waitForIdle();
    expect(await map.renderedRegions()).not.toContain('130602');
  });

  it.each([
    ['130000', '河北省', '省'],
    ['220100', '长春市', '地级市'],
    ['331127', '景宁畲族自治县', '县级'],
    ['133100', '雄安新区', '国家级新区'],
    ['220184', '公主岭市', '县级'],
  ])('opens ?region=%s framed, with its panel', async (code, name, level) => {
    const { map } = await open(`?region=${code}`);
    await map.expectPanel(name);
    expect(await map.panelText()).toContain(level);
    const zoom = await map.zoom();
    expect(zoom).toBeGreaterThan(4.5);
  });

  it('shows a notice and the default view for an unknown code', async () => {
    const { page, map } = await open('?region=123456');
    await page
      .getByRole('status')
      .getByText(/123456/)
      .waitFor();
    expect(await page.locator('aside.panel').count()).toBe(0);
    expect(await map.renderedLabels()).toContain('长春市');
  });

  it('switches the panel and the map labels to English, and remembers it', async () => {
    const { map, page } = await open('?region=130200');
    await map.expectPanel('唐山市');
    await page.getByRole('button', { name: 'English' }).click();
    await map.expectPanel('Tangshan');
    await map.waitForLabel('Tangshan');
    expect(await map.renderedLabels()).not.toContain('唐山市');
    await page.reload();
    await map.waitForIdle();
    await map.expectPanel('Tangshan');
  });
});
