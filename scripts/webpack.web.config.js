/**
 * The web page (均衡网页版): dist/web/junheng.html, one file that works opened from disk with no network. The page's
 * script (src/web, with the pane's result view and the command's engine and writers) is bundled into one chunk and
 * written inside the HTML with the icon as a data: URL; no other file is emitted.
 *
 * The command's package writer deflates with Node's zlib; here `zlib` is src/web/zlib.ts (fflate), and `path`,
 * which the command's argument helpers import but the page never calls, is left empty.
 */
const fs = require('fs');
const path = require('path');
const { Compilation, optimize, sources } = require('webpack');

const ROOT = path.resolve(__dirname, '..');
const PAGE = 'junheng.html';
const SCRIPT = 'junheng.js';

/**
 * Script text made safe inside `<script>`: a `</script` or `<!--` in a string would end or confuse the element.
 * Both only occur inside strings, regular expressions or comments, where `<\/` and `<\!` mean the same.
 */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Writes the page with the bundle inside it, then drops the bundle and any other emitted file. */
class InlinePagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlinePagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const js = assets[SCRIPT];
          if (!js) throw new Error(`${SCRIPT} was not emitted`);
          const licences = assets[`${SCRIPT}.LICENSE.txt`];
          const icon = fs.readFileSync(path.join(ROOT, 'assets', 'icon-32.png')).toString('base64');
          const template = fs.readFileSync(path.join(ROOT, 'src', 'web', 'page.html'), 'utf8');
          const head = `<link rel="icon" type="image/png" href="data:image/png;base64,${icon}" />\n  </head>`;
          // The minimizer moved the bundled packages' licence notices to a file beside the script; they go back in.
          const notice = licences ? `/*!\n${licences.source().toString().replace(/\*\//g, '* /')}\n*/\n` : '';
          const code = js
            .source()
            .toString()
            .replace(/^\/\*! For license information please see [^*]*\*\/\n?/, '');
          const body = `<script>\n${inlineSafe(notice + code)}\n</script>\n  </body>`;
          // Functions as replacements: the script holds `$&` and `$'`, which a replacement string would expand.
          const html = template.replace('</head>', () => head).replace('</body>', () => body);
          if (!html.includes(body)) throw new Error(`${PAGE}: the script was not written into the page as it is`);
          for (const name of Object.keys(assets)) compilation.deleteAsset(name);
          // Marked minimized: the minimizer looks at assets added after it ran, and must leave the page alone.
          compilation.emitAsset(PAGE, new sources.RawSource(html), { minimized: true });
        },
      );
    });
  }
}

module.exports = (_env, argv = {}) => ({
  mode: argv.mode === 'development' ? 'development' : 'production',
  // Eval-based source maps would need 'unsafe-eval', which the page's policy forbids.
  devtool: false,
  target: 'web',
  context: ROOT,
  entry: { junheng: './src/web/index.tsx' },
  output: { path: path.join(ROOT, 'dist', 'web'), filename: SCRIPT, clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    alias: { zlib$: path.join(ROOT, 'src', 'web', 'zlib.ts') },
    fallback: { path: false },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`'s job; the bundle only needs the emitted JavaScript.
          options: {
            configFile: path.join(ROOT, 'tsconfig.json'),
            transpileOnly: true,
            compilerOptions: { module: 'esnext', sourceMap: false },
          },
        },
      },
    ],
  },
  // One chunk: a page opened from disk cannot load a second file.
  optimization: { splitChunks: false, runtimeChunk: false },
  plugins: [new optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new InlinePagePlugin()],
  performance: { hints: false },
  stats: 'errors-warnings',
});
