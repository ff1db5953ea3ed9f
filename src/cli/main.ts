import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { sanitize } from '../core/sanitize.js';
import { processIo, type Io } from './io.js';
import { gretVersion } from './version.js';
import type { ReportFlags } from './commands/report.js';
import type { AssessFlags } from './commands/assess.js';
import type { InitFlags } from './commands/init.js';
import type { TemplateFlags } from './commands/template.js';
import type { CompareFlags } from './commands/compare.js';
import type { AggregateFlags } from './commands/aggregate.js';
import type { ScoreFlags } from './commands/score.js';
import type { ServeFlags } from './commands/serve.js';
import type { WorkshopFlags } from './commands/workshop.js';

/*
 * The command-line program. Each action loads its module only when it runs, so `gret --help`
 * and quick commands never pay for zod, pdfkit or the prompts. This is the one place that sets
 * the process exit code: 0 done, 1 a gate failed or validation found problems, 2 usage or input
 * error, 130 cancelled, 143 stopped by SIGTERM (`gret serve`), 70 a bug.
 */

export const EXIT = { ok: 0, gate: 1, input: 2, bug: 70, cancelled: 130, terminated: 143 } as const;

type Action = (io: Io) => Promise<number>;

const io = processIo();

// `gret template | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exitCode = EXIT.ok;
});

function run(action: Action): Promise<void> {
  return action(io).then(
    (code) => {
      process.exitCode = code;
    },
    async (error: unknown) => {
      const { reportError } = await import('./report-error.js');
      process.exitCode = reportError(error, io);
    },
  );
}

function level(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('give a whole level number, e.g. 3');
  return n;
}

function percent(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('give a number from 0 to 100');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('give a port number from 1 to 65535, or 0 for a free one');
  return n;
}

function example(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

const program = new Command('gret')
  .description('Gender-Responsive E-government Toolkit: assess how well digital government serves women, offline.')
  .version(gretVersion(), '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  // Command names alone keep the list readable at 80 columns; each command's --help has its usage.
  .configureHelp({ subcommandTerm: (command) => command.name() })
  // What commander prints quotes the arguments given, which may hold terminal escapes.
  .configureOutput({ writeOut: (s) => io.out(sanitize(s)), writeErr: (s) => io.err(sanitize(s)) })
  .exitOverride()
  .addHelpText(
    'after',
    example(
      'gret init assessment.yaml                  # start a new assessment',
      'gret assess assessment.yaml                # answer the questions (resumable)',
      'gret template -o answers.yaml              # a blank sheet to fill in an editor',
      'gret score assessment.yaml                 # scores, coverage and top priorities',
      'gret report assessment.yaml -o report.pdf  # the gap report and action plan',
      'gret compare 2025.yaml 2026.yaml           # what changed since the baseline',
      'gret aggregate groups/ --workshop          # where workshop groups disagree',
      'gret rubric list                           # the questions in the bundled pack',
    ),
  );

/*
 * Every command is listed with its name and description, which is all that `gret --help` shows;
 * its arguments, options and action are set up only for the command being run (or asked about),
 * so that no run pays for setting up the other nine.
 */
type Setup = (command: Command) => unknown;

// `gret help score` and `gret rubric help list` ask about a command too.
const [asked, askedSub] = process.argv.slice(2).filter((word) => word !== 'help');

function define(parent: Command, name: string, description: string, setup: Setup, wanted: string | undefined): Command {
  const command = parent.command(name).description(description);
  if (wanted === name) setup(command);
  return command;
}

const rubric = define(program, 'rubric', 'inspect and check rubric packs', (c) => c.addHelpText('after', example('gret rubric validate rubrics/my-pack')), asked);
const rubricCommand = (name: string, description: string, setup: Setup): Command => define(rubric, name, description, setup, asked === 'rubric' ? askedSub : undefined);
const command = (name: string, description: string, setup: Setup): Command => define(program, name, description, setup, asked);

rubricCommand('validate', 'check a rubric pack and list every problem with its file:line:col', (c) =>
  c
    .argument('[pack-dir]', 'the pack folder (default: the bundled egov-women pack)')
    .addHelpText('after', example('gret rubric validate rubrics/egov-women'))
    .action((dir: string | undefined) => run(async (io) => (await import('./commands/rubric-validate.js')).rubricValidate(io, dir))));

rubricCommand('list', 'list rubric packs with their dimensions and indicators', (c) =>
  c
    .option('--rubrics <dir>', 'a folder of pack folders (default: the bundled packs)')
    .option('--json', 'print JSON (packs[].dimensions[].indicators[])')
    .addHelpText('after', example('gret rubric list', 'gret rubric list --json'))
    .action((opts: { rubrics?: string; json?: boolean }) => run(async (io) => (await import('./commands/rubric-list.js')).rubricList(io, opts))));

rubricCommand('show', 'print one indicator in full: question, guidance, levels, recommendations, sources', (c) =>
  c
    .argument('<indicator-id>', 'the indicator id, e.g. gender-in-digital-strategy')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .addHelpText('after', example('gret rubric show sex-disaggregated-service-data'))
    .action((id: string, opts: { rubric?: string }) => run(async (io) => (await import('./commands/rubric-show.js')).rubricShow(io, id, opts))));

rubricCommand('schema', 'print the JSON Schema of the rubric format (for editor completion)', (c) =>
  c
    .option('-o, --output <file>', 'write it to a file instead')
    .addHelpText('after', example('gret rubric schema -o rubrics/rubric.schema.json'))
    .action((opts: { output?: string }) => run(async (io) => (await import('./commands/rubric-schema.js')).rubricSchema(io, opts))));

rubricCommand('translations', 'list each translation of a pack: texts translated, missing and stale; export and import PO files', (c) => {
  const load = () => import('./commands/rubric-translations.js');
  c.argument('[pack]', 'a pack folder or the id of a bundled pack (default: every bundled pack)')
    .option('--check', 'exit 1 when any entry is stale (its English has changed) or names a text the pack lacks')
    .addHelpText('after', example('gret rubric translations', 'gret rubric translations egov-women --check', 'gret rubric translations export --lang fr -o fr.po', 'gret rubric translations import fr.po'))
    .action((pack: string | undefined, opts: { check?: boolean }) => run(async (io) => (await load()).rubricTranslations(io, pack, opts)));
  c.command('export')
    .description("write a pack's translation into a language as a gettext PO file, for a translator's tool")
    .requiredOption('--lang <tag>', 'the language, e.g. fr, ru, zh-Hans or th')
    .option('-o, --output <file>', 'the PO file (default: standard output)')
    .option('--rubric <pack-dir>', 'the pack folder or bundled pack id (default: the bundled pack)')
    .action((opts: { lang: string; output?: string; rubric?: string }) => run(async (io) => (await load()).translationsExport(io, opts)));
  c.command('import')
    .description('write a translated PO file back into its pack as the translation overlay')
    .argument('<po-file>', 'the PO file, as gret rubric translations export wrote it and a translator edited it')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack the PO file names)')
    .action((file: string, opts: { rubric?: string }) => run(async (io) => (await load()).translationsImport(io, file, opts)));
});

command('init', 'create a new assessment file: ministry, country, assessors, date, language and rubric pack', (c) =>
  c
    .argument('[file]', 'the answers file to create', 'assessment.yaml')
    .option('--ministry <name>', 'the ministry or agency assessed')
    .option('--country <name>', 'the country')
    .option('--assessor <name>', 'an assessor (repeat for each)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--date <YYYY-MM-DD>', 'the date of the assessment (default: today)')
    .option('--language <tag>', "the language of the answers (default: the pack's)")
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--force', 'replace the file if it exists')
    .addHelpText('after', example('gret init', 'gret init health.yaml --ministry "Ministry of Health" --country Fiji --assessor "S. Naidu"'))
    .action((file: string, opts: InitFlags) => run(async (io) => (await import('./commands/init.js')).init(io, file, opts))));

command('assess', 'answer the rubric question by question; saves after every answer and resumes where it stopped', (c) =>
  c
    .argument('<assessment>', 'the answers file (create it with gret init)')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--lang <tag>', "the language to show it in, e.g. fr or th (default: the answers' meta.language)")
    .addOption(new Option('--review', 'go through answered indicators too, each starting at its current answer').conflicts('onlyUnanswered'))
    .option('--dimension <id>', 'only this dimension')
    .addOption(new Option('--indicator <id>', 'only this indicator, answered or not: to change one answer').conflicts('dimension'))
    .option('--only-unanswered', 'ask only indicators without an answer (the default without --review)')
    .addHelpText(
      'after',
      example('gret assess assessment.yaml', 'gret assess assessment.yaml --review --dimension service-delivery', 'gret assess assessment.yaml --indicator sex-disaggregated-service-data') +
        '\nKeys: a number picks that level, letters jump to a choice, Enter confirms.\n' +
        'Esc (or ← in a list) goes back to the previous question, and "Go to another\n' +
        'question" lists them all. Ctrl+C stops: every answer given is already saved.\n',
    )
    .action((file: string, opts: AssessFlags) => run(async (io) => (await import('./commands/assess.js')).assess(io, file, opts))));

command('serve', 'answer the rubric in a web browser on this computer; saves after every answer, like assess', (c) =>
  c
    .argument('<assessment>', 'the answers file (create it with gret init)')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--host <address>', 'the address to listen on', '127.0.0.1')
    .option('--port <n>', 'the port to listen on (default: a free one)', port, 0)
    .option('--lang <tag>', "the language of the pages, e.g. fr or th (default: the answers' meta.language)")
    .addHelpText('after', example('gret serve assessment.yaml', 'gret serve assessment.yaml --port 8080') + '\nOpen the link it prints (it holds a private key). Ctrl+C stops: every answer given is already saved.\n')
    .action((file: string, opts: ServeFlags) => run(async (io) => (await import('./commands/serve.js')).serve(io, file, opts))));

command('workshop', 'serve the interview to several groups over the local network, one answers file and QR code per group', (c) =>
  c
    .argument('<folder>', "the folder of the groups' answers files (made if missing)")
    .requiredOption('--groups <names>', 'the groups, separated by commas (red,blue,green), or how many')
    .option('--ministry <name>', 'the ministry the groups assess (to create their files)')
    .option('--country <name>', 'the country (to create their files)')
    .option('--date <YYYY-MM-DD>', 'the date of the assessment (default: today)')
    .option('--language <tag>', "the language of the answers (default: the pack's)")
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--host <address>', "the address to listen on (default: this computer's address on its network)")
    .option('--port <n>', 'the port to listen on (default: a free one)', port, 0)
    .option('--lang <tag>', "the language of the pages, e.g. fr or th (default: the groups' meta.language)")
    .addHelpText('after', example('gret workshop workshop/ --groups red,blue,green --ministry "Ministry of Health" --country Fiji', 'gret aggregate workshop/ --workshop   # afterwards'))
    .action((folder: string, opts: WorkshopFlags) => run(async (io) => (await import('./commands/workshop.js')).workshop(io, folder, opts))));

command('template', 'write a blank answer sheet (YAML, to fill in an editor) or a questionnaire to print (PDF, HTML or Markdown)', (c) =>
  c
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--lang <tag>', 'the language to show it in, e.g. fr or th (default: the locale, LANG)')
    .addOption(
      new Option('--format <format>', 'yaml: an answers file to fill in (the default, unless -o ends in .pdf, .html or .md); pdf, html or md: a questionnaire to print').choices(['yaml', 'md', 'pdf', 'html']),
    )
    .option('-o, --output <file>', 'write to this file instead of standard output (a PDF or HTML page goes to questionnaire.pdf or .html)')
    .option('--template <dir>', 'a copy of templates/report with your own wording, colours and logo')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', example('gret template -o answers.yaml   # fill in, then: gret score answers.yaml', 'gret template --format pdf -o questionnaire.pdf   # print for a paper workshop'))
    .action((opts: TemplateFlags) => run(async (io) => (await import('./commands/template.js')).template(io, opts))));

command('score', 'score an assessment: dimension scores, band, coverage and top priorities', (c) =>
  c
    .argument('<assessment>', 'the answers file (YAML)')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--lang <tag>', "the language to show it in, e.g. fr or th (default: the answers' meta.language)")
    .addOption(new Option('--target <level>', 'target level for every indicator').argParser(level).conflicts('targets'))
    .option('--targets <file>', 'a YAML file of targets: default, per dimension, per indicator')
    .option('--national-profile <file>', 'the national profile to show as national context (default: meta.national_profile)')
    .option('--explain', 'show how each score is built from its indicators')
    .option('--json', 'print the full result object (with schemaVersion) as JSON')
    .addOption(new Option('--fail-under <score>', 'exit 1 when the overall index is below this (0-100)').argParser(percent))
    .addHelpText('after', example('gret score assessment.yaml', 'gret score assessment.yaml --target 4 --json', 'gret score assessment.yaml --fail-under 50'))
    .action((file: string, opts: ScoreFlags) => run(async (io) => (await import('./commands/score.js')).score(io, file, opts))));

command('report', 'write the gap report: PDF, Markdown, JSON or the action plan as CSV', (c) =>
  c
    .argument('<assessment>', 'the answers file (YAML)')
    .option('-o, --output <file>', 'the report file, or the common name of several formats')
    .option('--format <list>', 'pdf, docx, html, md, json and/or csv, separated by commas (default: from -o, else pdf)')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--lang <tag>', "the language to show it in, e.g. fr or th (default: the answers' meta.language)")
    .addOption(new Option('--target <level>', 'target level for every indicator').argParser(level).conflicts('targets'))
    .option('--targets <file>', 'a YAML file of targets: default, per dimension, per indicator')
    .option('--national-profile <file>', 'the national profile to show as national context (default: meta.national_profile)')
    .option('--template <dir>', 'a copy of templates/report with your own wording, colours and logo')
    .addHelpText('after', example('gret report assessment.yaml -o report.pdf', 'gret report assessment.yaml -o report --format pdf,csv'))
    .action((file: string, opts: ReportFlags) => run(async (io) => (await import('./commands/report.js')).report(io, file, opts))));

command('compare', 'compare a follow-up assessment with its baseline: what improved, gaps closed and opened', (c) =>
  c
    .argument('<baseline>', 'the earlier answers file (YAML)')
    .argument('<follow-up>', 'the later answers file (YAML)')
    .option('-o, --output <file>', 'write a report instead of the summary: the file, or the common name of several formats')
    .option('--format <list>', 'pdf, html, md and/or json, separated by commas (default: from -o, else pdf)')
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--lang <tag>', "the language to show it in, e.g. fr or th (default: the answers' meta.language)")
    .addOption(new Option('--target <level>', 'target level for every indicator').argParser(level).conflicts('targets'))
    .option('--targets <file>', 'a YAML file of targets: default, per dimension, per indicator')
    .option('--template <dir>', 'a copy of templates/report with your own colours and logo')
    .addHelpText('after', example('gret compare 2025.yaml 2026.yaml', 'gret compare 2025.yaml 2026.yaml -o progress.pdf', 'gret compare 2025.yaml 2026.yaml -o progress --format pdf,md'))
    .action((baseline: string, followUp: string, opts: CompareFlags) =>
      run(async (io) => (await import('./commands/compare.js')).compare(io, baseline, followUp, opts)),
    ));

command('aggregate', 'summarise many assessments: mean, median, range and spread per indicator and dimension', (c) =>
  c
    .argument('<files-or-folders...>', 'answers files, or folders holding them (read recursively)')
    .option('-o, --output <file>', 'write a report instead of the summary: the file, or the common name of several formats')
    .option('--format <list>', 'pdf, html, md, json and/or csv, separated by commas (default: from -o, else pdf)')
    .addOption(new Option('--by <field>', 'also break the figures down by country, ministry or group').choices(['country', 'ministry', 'group']))
    .option('--workshop', "set side by side the answers of groups that assessed the same ministry, widest disagreement first, and measure their agreement")
    .option('--agreement', "measure how far assessments of the same ministry agree: Krippendorff's alpha and pairwise weighted kappa")
    .option('--rubric <pack-dir>', 'the pack folder (default: the bundled pack)')
    .option('--lang <tag>', 'the language to show it in, e.g. fr or th (default: the locale, LANG)')
    .option('--template <dir>', 'a copy of templates/report with your own colours and logo')
    .addHelpText('after', example('gret aggregate assessments/', 'gret aggregate assessments/ --by country -o summary.pdf', 'gret aggregate workshop/ --workshop', 'gret aggregate ministry-of-health/ --agreement', 'gret aggregate assessments/ -o all --format csv,json'))
    .action((inputs: string[], opts: AggregateFlags) => run(async (io) => (await import('./commands/aggregate.js')).aggregate(io, inputs, opts))));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are not errors; anything else commander rejects is a usage error.
    process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.input;
  } else {
    throw error;
  }
}
