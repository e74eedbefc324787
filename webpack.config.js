/**
 * The add-in bundle: dist/taskpane.html + taskpane.js, the icons under dist/assets/, and manifest.xml.
 * `npm run build:addin` builds it for production; `npm start` (scripts/start.mjs) builds and serves it over
 * HTTPS on localhost:3000, the address manifest.xml names. `webpack serve` alone also works: it asks
 * office-addin-dev-certs for the localhost certificate, installing it when needed.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PORT = 3000;

/** HTTPS options for the dev server: the trusted localhost certificate of office-addin-dev-certs. */
async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

/** Dev server settings for https://localhost:3000 with the given certificate (shared with scripts/start.mjs). */
function devServerOptions(httpsOptions) {
  return {
    port: PORT,
    host: 'localhost',
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: httpsOptions },
    client: { overlay: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // The packaged add-in, the web page and the command's tarball are written under dist/ by their own scripts.
      clean: { keep: /^(addin|web)[\\/]|\.tgz$/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; the bundle only needs the emitted JavaScript.
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: {
      // One pane bundle with React and Fluent UI; it loads once per session from localhost.
      maxEntrypointSize: 2 * 1024 * 1024,
      maxAssetSize: 2 * 1024 * 1024,
    },
    devServer: env.WEBPACK_SERVE ? devServerOptions(await devServerHttps()) : undefined,
  };
};

module.exports.PORT = PORT;
module.exports.devServerOptions = devServerOptions;
