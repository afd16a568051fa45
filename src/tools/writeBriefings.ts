/**
 * `npm run briefings:build`: writes public/data/briefings/*.json from the plan data. Same input,
 * byte-identical output; briefing files the generator no longer makes are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEFINGS_DIR, briefingFiles, loadBriefingInput } from './briefingFiles';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const files = briefingFiles(loadBriefingInput(root));
const dir = path.join(root, BRIEFINGS_DIR);
fs.mkdirSync(dir, { recursive: true });
for (const name of fs.readdirSync(dir)) {
  if (name.endsWith('.json') && !files.has(`${BRIEFINGS_DIR}/${name}`)) fs.rmSync(path.join(dir, name));
}
let changed = 0;
for (const [rel, content] of files) {
  const file = path.join(root, rel);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) continue;
  fs.writeFileSync(file, content);
  changed++;
}
console.log(`${BRIEFINGS_DIR}: ${files.size} files (${changed} written)`);
