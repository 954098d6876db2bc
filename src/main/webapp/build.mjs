// Builds the web app into one folder that Quarkus serves at /app: the bundled script, one style
// sheet (NHS.UK frontend plus the app's own rules), the NHS.UK icons it needs, and index.html.
// Nothing is loaded from another site: the NHS.UK style sheet's web fonts live on a CDN, so their
// @font-face rules are dropped (the NHS.UK font stack falls back to Arial), and the build fails if
// any other address outside the app is left in the style sheet.
//
//   node build.mjs OUTPUT_DIR
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  throw new Error('usage: node build.mjs OUTPUT_DIR');
}
const nhsuk = join(here, 'node_modules/nhsuk-frontend/dist/nhsuk');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets/images'), { recursive: true });

const script = await bundleScript();
const style = writeHashed('app', 'css', styleSheet());
for (const image of usedImages()) {
  cpSync(join(nhsuk, 'assets/images', image), join(out, 'assets/images', image));
}
cpSync(join(nhsuk, 'assets/images/favicon.svg'), join(out, 'assets/images/favicon.svg'));
writeFileSync(
  join(out, 'index.html'),
  readFileSync(join(here, 'index.html'), 'utf8')
    .replace('{{style}}', style)
    .replace('{{script}}', script),
);
console.log(`web app built into ${out}: ${script}, ${style}`);

async function bundleScript() {
  const result = await build({
    entryPoints: [join(here, 'src/main.js')],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    write: false,
    outdir: out,
    entryNames: 'app-[hash]',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  let name;
  for (const file of result.outputFiles) {
    writeFileSync(file.path, file.contents);
    if (file.path.endsWith('.js')) {
      name = file.path.slice(out.length).replace(/^[/\\]/, '');
    }
  }
  return name;
}

function styleSheet() {
  const frontend = readFileSync(join(nhsuk, 'nhsuk-frontend.min.css'), 'utf8')
    .replace(/@font-face\{[^}]*\}/g, '')
    .replaceAll('url(/assets/', 'url(assets/');
  const css = frontend + '\n' + readFileSync(join(here, 'src/app.css'), 'utf8');
  const external = css.match(/url\(\s*['"]?(https?:)?\/\/[^)]*\)/);
  if (external) {
    throw new Error(`the style sheet would load ${external[0]} from another site`);
  }
  return css;
}

function usedImages() {
  const css = readFileSync(join(nhsuk, 'nhsuk-frontend.min.css'), 'utf8');
  return [...new Set([...css.matchAll(/url\(\/assets\/images\/([^)]+)\)/g)].map((m) => m[1]))];
}

function writeHashed(base, extension, content) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const name = `${base}-${hash}.${extension}`;
  writeFileSync(join(out, name), content);
  return name;
}
