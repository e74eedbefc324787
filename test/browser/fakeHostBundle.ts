/**
 * Builds the browser test's Office host (fakeHost.ts with the recording Excel fake) into one plain script
 * for `page.addInitScript`: webpack with ts-loader, target web, no chunks and no source map, so the page
 * needs nothing but this text.
 */
import { promises as fs } from 'fs';
import path from 'path';
import webpack from 'webpack';
import type { Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '..', '..');

/** The webpack configuration of the host script, written to `outDir/fakeHost.js`. */
export function fakeHostWebpackConfig(outDir: string): Configuration {
  return {
    mode: 'development',
    // Eval-based source maps would need the page's CSP to allow eval; plain code is easier to read in traces.
    devtool: false,
    target: 'web',
    context: ROOT,
    entry: { fakeHost: path.join(ROOT, 'test', 'browser', 'fakeHost.ts') },
    output: { path: outDir, filename: '[name].js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // The type checker runs over test/ separately; the bundle only needs the emitted JavaScript.
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: false },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  };
}

/** Bundles the host into `outDir` and resolves to the script's text. */
export async function buildFakeHost(outDir: string): Promise<string> {
  const compiler = webpack(fakeHostWebpackConfig(outDir));
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    compiler.run((err, result) => {
      if (err || !result) reject(err ?? new Error('webpack gave no result'));
      else resolve(result);
    });
  });
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(`Bundling the fake host failed:\n${stats.toString('errors-only')}`);
  return fs.readFile(path.join(outDir, 'fakeHost.js'), 'utf8');
}
