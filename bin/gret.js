#!/usr/bin/env node
// Help and the version come from texts made at build time, without loading the program; the
// program itself is the build's bundle of dist/cli/main.js, and what answers help one file of
// its own (scripts/bundle-program.js).
import { answerHelp } from '../dist/program/help.js';

if (!answerHelp(process.argv.slice(2))) await import('../dist/program/main.js');
