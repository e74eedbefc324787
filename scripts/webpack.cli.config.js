/**
 * The command line as one file: build/cli/junheng.js, bundled from tsc's output in build/ (so it is the same
 * JavaScript the tests import), for `bin/junheng.js` to load with V8's code cache (scripts/cli-cache.js).
 * Packages stay outside and load only when a command needs them (docx for `report`, exceljs for `template`);
 * saxes and xmlchars, which every `evaluate` reads with, are inside.
 */
const path = require('path');

const BUNDLED_PACKAGES = /^(saxes|xmlchars)(\/|$)/;

module.exports = {
  mode: 'production',
  target: 'node20',
  context: path.resolve(__dirname, '..'),
  entry: { junheng: './build/cli/main.js' },
  output: {
    path: path.resolve(__dirname, '..', 'build', 'cli'),
    filename: '[name].js',
    library: { type: 'commonjs2' },
  },
  // The bundle sits beside tsc's output: `__dirname` is build/cli, where the roll-up finds rollupWorker.js.
  node: { __dirname: false, __filename: false },
  externals: [
    ({ request }, callback) => {
      const bare = /^[a-z@]/i.test(request) && !request.startsWith('.');
      if (bare && !BUNDLED_PACKAGES.test(request)) return callback(null, `commonjs ${request}`);
      return callback();
    },
  ],
  // Comments and spaces dropped and every character outside ASCII escaped, nothing renamed or rewritten: the
  // file shrinks from 925 to 645 KB and reads as one-byte text (bin/loadCommand.js reads it as latin1), which
  // with a code cache of the evaluate run alone took a 300-school county from 343 to 319 ms wall (medians of 21
  // alternating runs). Stack traces keep every name.
  optimization: {
    minimize: true,
    minimizeOptions: { javascript: { compress: false, mangle: false, format: { comments: false, ascii_only: true } } },
  },
  performance: { hints: false },
  stats: 'errors-warnings',
  devtool: false,
};
