#!/usr/bin/env node
'use strict';
// The command is compiled by `npm run build:cli`; say so plainly rather than fail with a module error.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('junheng: 尚未编译，请先运行 npm run build:cli\n');
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
