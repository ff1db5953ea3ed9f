#!/usr/bin/env node
// Help and the version come from texts made at build time, without loading the program.
import { answerHelp } from '../dist/cli/help-texts.js';

if (!answerHelp(process.argv.slice(2))) await import('../dist/cli/main.js');
