// English names: Hanyu Pinyin without tones (pinyin-pro) plus small override
// tables for readings that need context and for ethnic / autonomous names.
import { pinyin } from 'pinyin-pro';

// Whole base names (without the 市/县/区 suffix) whose reading pinyin-pro
// gets wrong or that have an established English form.
const BASE_OVERRIDES = {
  望都: 'Wangdu',
  莲都: 'Liandu',
  大城: 'Dacheng',
  乐亭: 'Laoting',
  蔚: 'Yu',
  珲春: 'Hunchun',
  前郭尔罗斯: 'Qian Gorlos',
  雄安: "Xiong'an",
  都安: "Du'an",
  六安: "Lu'an",
};

const ETHNIC = {
  朝鲜族: 'Korean',
  蒙古族: 'Mongol',
  满族: 'Manchu',
  回族: 'Hui',
  畲族: 'She',
  // national pack
  蒙古: 'Mongol',
  哈萨克族: 'Kazakh',
  哈萨克: 'Kazakh',
  柯尔克孜族: 'Kyrgyz',
  柯尔克孜: 'Kyrgyz',
  维吾尔族: 'Uyghur',
  鄂伦春族: 'Oroqen',
  鄂伦春: 'Oroqen',
  鄂温克族: 'Evenki',
  达斡尔族: 'Daur',
  锡伯族: 'Xibe',
  塔吉克族: 'Tajik',
  藏族: 'Tibetan',
  羌族: 'Qiang',
  彝族: 'Yi',
  土家族: 'Tujia',
  苗族: 'Miao',
  侗族: 'Dong',
  瑶族: 'Yao',
  壮族: 'Zhuang',
  布依族: 'Bouyei',
  水族: 'Sui',
  仡佬族: 'Gelao',
  仫佬族: 'Mulao',
  毛南族: 'Maonan',
  黎族: 'Li',
  傣族: 'Dai',
  白族: 'Bai',
  哈尼族: 'Hani',
  景颇族: 'Jingpo',
  傈僳族: 'Lisu',
  拉祜族: 'Lahu',
  佤族: 'Va',
  纳西族: 'Naxi',
  独龙族: 'Derung',
  怒族: 'Nu',
  普米族: 'Pumi',
  布朗族: 'Blang',
  土族: 'Tu',
  撒拉族: 'Salar',
  东乡族: 'Dongxiang',
  保安族: 'Bonan',
  裕固族: 'Yugur',
  各族: 'Multi-ethnic',
};

// Units whose name is a description rather than a place name (national pack).
const NAME_EN_BY_CODE = {
  419000: 'Henan County-level Units under the Province',
  429000: 'Hubei County-level Units under the Province',
  469000: 'Hainan County-level Units under the Province',
  659000: 'Xinjiang County-level Units under the Region',
};

export const PROVINCE_EN = {
  110000: 'Beijing',
  120000: 'Tianjin',
  130000: 'Hebei',
  140000: 'Shanxi',
  150000: 'Inner Mongolia',
  210000: 'Liaoning',
  220000: 'Jilin',
  230000: 'Heilongjiang',
  310000: 'Shanghai',
  320000: 'Jiangsu',
  330000: 'Zhejiang',
  340000: 'Anhui',
  350000: 'Fujian',
  360000: 'Jiangxi',
  370000: 'Shandong',
  410000: 'Henan',
  420000: 'Hubei',
  430000: 'Hunan',
  440000: 'Guangdong',
  450000: 'Guangxi',
  460000: 'Hainan',
  500000: 'Chongqing',
  510000: 'Sichuan',
  520000: 'Guizhou',
  530000: 'Yunnan',
  540000: 'Tibet',
  610000: 'Shaanxi',
  620000: 'Gansu',
  630000: 'Qinghai',
  640000: 'Ningxia',
  650000: 'Xinjiang',
  710000: 'Taiwan',
  810000: 'Hong Kong',
  820000: 'Macao',
};

export const PROVINCE_ZH = {
  110000: '北京市',
  120000: '天津市',
  130000: '河北省',
  140000: '山西省',
  150000: '内蒙古自治区',
  210000: '辽宁省',
  220000: '吉林省',
  230000: '黑龙江省',
  310000: '上海市',
  320000: '江苏省',
  330000: '浙江省',
  340000: '安徽省',
  350000: '福建省',
  360000: '江西省',
  370000: '山东省',
  410000: '河南省',
  420000: '湖北省',
  430000: '湖南省',
  440000: '广东省',
  450000: '广西壮族自治区',
  460000: '海南省',
  500000: '重庆市',
  510000: '四川省',
  520000: '贵州省',
  530000: '云南省',
  540000: '西藏自治区',
  610000: '陕西省',
  620000: '甘肃省',
  630000: '青海省',
  640000: '宁夏回族自治区',
  650000: '新疆维吾尔自治区',
  710000: '台湾省',
  810000: '香港特别行政区',
  820000: '澳门特别行政区',
};

/** Join toneless syllables, adding an apostrophe before a, o, e syllables. */
export function joinSyllables(syllables) {
  let s = '';
  syllables.forEach((syl, i) => {
    const t = syl.toLowerCase();
    if (i > 0 && /^[aoe]/.test(t)) s += "'";
    s += t;
  });
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function romanize(base) {
  if (BASE_OVERRIDES[base]) return BASE_OVERRIDES[base];
  const syl = pinyin(base, { toneType: 'none', type: 'array' });
  return joinSyllables(syl);
}

/** Split "围场满族蒙古族自治县" → { base: "围场", ethnic: ["Manchu","Mongol"], suffix: "县" }. */
function splitAutonomous(name, suffixZh) {
  const stem = name.slice(0, -('自治' + suffixZh).length);
  const ethnic = [];
  let rest = stem;
  let changed = true;
  while (changed) {
    changed = false;
    for (const [zh, en] of Object.entries(ETHNIC)) {
      if (rest.endsWith(zh)) {
        ethnic.unshift(en);
        rest = rest.slice(0, -zh.length);
        changed = true;
      }
    }
  }
  return { base: rest, ethnic };
}

/**
 * English name for an admin unit.
 * level: "province" | "prefecture" | "county" | "newarea"
 */
export function englishName(nameZh, level, code) {
  if (level === 'province' && PROVINCE_EN[code]) return PROVINCE_EN[code];
  if (NAME_EN_BY_CODE[code]) return NAME_EN_BY_CODE[code];
  if (nameZh.endsWith('新区')) return `${romanize(nameZh.slice(0, -2))} New Area`;
  for (const [suf, en] of [
    ['自治州', 'Autonomous Prefecture'],
    ['自治县', 'Autonomous County'],
    ['自治旗', 'Autonomous Banner'],
  ]) {
    if (nameZh.endsWith(suf)) {
      const { base, ethnic } = splitAutonomous(nameZh, suf.slice(2));
      return [romanize(base), ethnic.join(' and '), en].filter(Boolean).join(' ');
    }
  }
  if (level === 'prefecture') {
    for (const suf of ['市', '地区', '盟']) {
      if (nameZh.endsWith(suf)) {
        const base = romanize(nameZh.slice(0, -suf.length));
        return suf === '市' ? base : `${base} ${suf === '盟' ? 'League' : 'Prefecture'}`;
      }
    }
    return romanize(nameZh);
  }
  const suffixes = [
    ['矿区', 'Mining District'],
    ['区', 'District'],
    ['县', 'County'],
    ['市', 'City'],
    ['旗', 'Banner'],
  ];
  for (const [suf, en] of suffixes) {
    if (nameZh.endsWith(suf) && nameZh.length > suf.length) {
      // ethnic districts such as 管城回族区 → "Guancheng Hui District"
      const base = nameZh.slice(0, -suf.length);
      const ethnic = suf === '区' && Object.keys(ETHNIC).find((zh) => zh.endsWith('族') && base.endsWith(zh) && base.length > zh.length);
      if (ethnic) return `${romanize(base.slice(0, -ethnic.length))} ${ETHNIC[ethnic]} ${en}`;
      return `${romanize(base)} ${en}`;
    }
  }
  return romanize(nameZh);
}
