'use strict';
/**
 * Loads the command line for `bin/junheng.js` and for the build step that writes its code cache
 * (scripts/cli-cache.js), so both compile it the same way.
 *
 * `npm run build:cli` makes build/cli/junheng.js, the command in one file, and build/cli/junheng.cache, V8's
 * compiled code for it as left by a run over the sample county. With the cache, a run starts without parsing or
 * compiling any function the sample run used. V8 refuses a cache that does not match the source, V8 or its
 * settings, and the command then compiles as usual; without the bundle (tsc alone), build/cli/main.js is loaded.
 */
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');
const { createRequire, wrap } = require('module');

// V8 optimises a function once it has used up its "interrupt budget" of executed bytecode. A county of a few
// hundred schools is done before most of that compiling pays off, and on two cores it competes with the run:
// eight times the default budget took a 300-school county from about 400 to 350 ms wall (medians of 21
// alternating runs), and left 10,000 schools where they were (1.81 against 1.84 s, the best of five).
v8.setFlagsFromString('--interrupt-budget=540672');

const DIR = path.join(__dirname, '..', 'build', 'cli');
const BUNDLE = path.join(DIR, 'junheng.js');
const CACHE = path.join(DIR, 'junheng.cache');
const UNBUNDLED = path.join(DIR, 'main.js');

function readCache() {
  try {
    return fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/**
 * The command's module exports (`main`), and the compiled script when it came from the bundle (null otherwise).
 * `useCache: false` compiles from source, as the build does before it writes a new cache. Null when the command
 * has not been compiled at all.
 */
function loadCommand({ useCache = true } = {}) {
  if (!fs.existsSync(BUNDLE)) {
    return fs.existsSync(UNBUNDLED) ? { exports: require(UNBUNDLED), script: null } : null;
  }
  const cachedData = useCache ? readCache() : undefined;
  // The bundle is ASCII (scripts/cli-cache.js checks it): read as latin1, it is one-byte text with no decoding.
  const script = new vm.Script(wrap(fs.readFileSync(BUNDLE, 'latin1')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, DIR);
  return { exports: module.exports, script };
}

module.exports = { loadCommand, BUNDLE, CACHE };
