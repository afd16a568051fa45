/**
 * maplibre's stylesheet without the rules of what the app never puts on its map (build time, vite.config.ts).
 * The WebGL map uses only the zoom buttons and the scale (src/map/newMap.ts: no attribution control, no popups,
 * markers, compass, geolocation, fullscreen, globe or terrain buttons), while the stylesheet carries them all,
 * most of it as inline SVG icons (the logo alone is 13 KB): 10 KB gzip of the 750 KB first view with
 * `renderer=webgl`, of which about 1.4 KB is what the app uses. A rule goes only when every selector in it
 * names one of the parts below; rules shared with a used part stay whole. Pure: text in, text out.
 */
const UNUSED =
  /maplibregl-(ctrl-logo|ctrl-attrib|ctrl-globe|ctrl-geolocate|ctrl-fullscreen|ctrl-shrink|ctrl-terrain|ctrl-compass|popup|marker|user-location|cooperative-gesture|pseudo-fullscreen|compact)/;

/** The top-level blocks of a stylesheet (rules, at-rules with their bodies), each as written. */
function blocks(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out;
}

const prelude = (block: string) => block.slice(0, block.indexOf('{')).trim();
const used = (selectors: string) => selectors.split(',').some((s) => !UNUSED.test(s));

export function trimMaplibreCss(css: string): string {
  // A stylesheet this function does not understand (comments, an unbalanced brace) is left as it is.
  if (css.includes('/*') || blocks(css).join('').length < css.replace(/\s+$/, '').length * 0.99) return css;
  const kept: string[] = [];
  for (const block of blocks(css)) {
    const head = prelude(block);
    if (head.startsWith('@keyframes')) {
      if (!UNUSED.test(head)) kept.push(block);
    } else if (head.startsWith('@media') || head.startsWith('@supports')) {
      const inner = blocks(block.slice(block.indexOf('{') + 1, -1)).filter((rule) => used(prelude(rule)));
      if (inner.length) kept.push(`${head}{${inner.join('')}}`);
    } else if (used(head)) kept.push(block);
  }
  return kept.join('');
}
