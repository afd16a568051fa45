/**
 * A few quote renderings in the shape of public/data/sources/renderings/*.json, written for the
 * tests (the shipped files are written by the translators): real quotes of the shipped plans,
 * with one gloss of garbled machine translation.
 */
import type { Renderings } from '../../../src/data/sourceSchema';

export const HEBEI_DOC = '002_971907feb57351a0.txt';
export const LISHUI_DOC = '003_65b563cfb7f1ad0a.txt';
export const JILIN_ZH_DOC = '001_3d5405d80eb827a8.txt';

export const XIONGAN_QUOTE = 'refers to the male Ann new high-end high-tech industry development core';
export const LISHUI_QUOTE = 'the added value of industries above designated size will exceed 73billion yuan';
export const JILIN_QUOTE = '规模以上工业总产值达到17000亿元以上';

export const fixtureRenderings: Renderings[] = [
  {
    schema: 'renderings/1',
    doc: HEBEI_DOC,
    from: 'en',
    to: 'zh',
    quotes: [
      {
        quote: XIONGAN_QUOTE,
        text: '指雄安新区高端高新产业发展核',
        glosses: [{ span: 'male Ann new', meaning: { zh: '雄安新区', en: 'Xiong’an New Area' } }],
      },
    ],
  },
  {
    schema: 'renderings/1',
    doc: LISHUI_DOC,
    from: 'en',
    to: 'zh',
    quotes: [{ quote: LISHUI_QUOTE, text: '规上工业增加值将超过730亿元' }],
  },
  {
    schema: 'renderings/1',
    doc: JILIN_ZH_DOC,
    from: 'zh',
    to: 'en',
    quotes: [
      { quote: JILIN_QUOTE, text: 'the gross output value of industry above designated size to reach 17000 hundred million yuan or more' },
    ],
  },
];
