#!/usr/bin/env node
// Help and the version come from texts made at build time, without loading the program; the
// program itself is the build's bundle of dist/cli/main.js, and what answers help one file of
// its own (scripts/bundle-program.js). Both are CommonJS, as this file is (bin/package.json):
// Node starts a CommonJS program sooner than an ES module.
const { answerHelp } = require('../dist/program/help.cjs');

if (!answerHelp(process.argv.slice(2))) require('../dist/program/main.cjs');
