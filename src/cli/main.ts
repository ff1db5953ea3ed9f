import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../core/errors.js';
import type { Messages } from '../core/messages/messages.js';
import { helpAfter, helpInLanguage, type HelpEnding } from './help-words.js';
import { loadMessages } from './load-messages.js';
import { errorLanguage } from './run-language.js';
import { checkedOption, choiceOption, sayUsageErrors } from './usage-error.js';
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

const EXIT = { ok: 0, gate: 1, input: 2, bug: 70, cancelled: 130, terminated: 143 } as const;

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

const level = (value: string): number | undefined => (Number.isInteger(Number(value)) && Number(value) >= 0 ? Number(value) : undefined);
const percent = (value: string): number | undefined => (Number.isFinite(Number(value)) && Number(value) >= 0 && Number(value) <= 100 ? Number(value) : undefined);
const port = (value: string): number | undefined => (Number.isInteger(Number(value)) && Number(value) >= 0 && Number(value) <= 65535 ? Number(value) : undefined);

// Help and usage errors speak the language the terminal does (--lang, else LANG), read only when one is printed.
let messages: Messages | undefined;
const helpMessages = (): Messages => (messages ??= loadMessages(errorLanguage()));
const after = (examples: HelpEnding['examples'], ...paragraphs: string[]): (() => string) => helpAfter(helpMessages, { examples, paragraphs });

const program = sayUsageErrors(new Command('gret'), process.argv)
  .description('help.program.about')
  .version(gretVersion(), '-V, --version', 'help.program.version')
  .helpOption('-h, --help', 'help.program.help')
  .helpCommand('help [command]', 'help.program.help_command')
  .configureHelp(helpInLanguage(helpMessages))
  // commander's own error text is English: sayUsageErrors says it instead. What commander prints
  // quotes the arguments given, which may hold terminal escapes.
  .configureOutput({ writeOut: (s) => io.out(sanitize(s)), writeErr: (s) => io.err(sanitize(s)), outputError: () => undefined })
  .addHelpText(
    'after',
    helpAfter(helpMessages, {
      examples: [
      ['gret init assessment.yaml', 'help.program.example_init'],
      ['gret assess assessment.yaml', 'help.program.example_assess'],
      ['gret template -o answers.yaml', 'help.program.example_template'],
      ['gret score assessment.yaml', 'help.program.example_score'],
      ['gret report assessment.yaml -o report.pdf', 'help.program.example_report'],
      ['gret compare 2025.yaml 2026.yaml', 'help.program.example_compare'],
      ['gret aggregate groups/ --workshop', 'help.program.example_aggregate'],
      ['gret rubric list', 'help.program.example_rubric'],
      ],
    }),
  );

/*
 * Every command is listed with its name and description, which is all that `gret --help` shows;
 * its arguments, options and action are set up only for the command being run (or asked about),
 * so that no run pays for setting up the other nine.
 */
type Setup = (command: Command) => unknown;

// `gret help score` and `gret rubric help list` ask about a command too.
const [asked, askedSub] = process.argv.slice(2).filter((word) => word !== 'help');

function define(parent: Command, name: string, setup: Setup, wanted: string | undefined): Command {
  const command = sayUsageErrors(parent.command(name), process.argv).description(`help.${name}.about`);
  if (wanted === name) setup(command);
  return command;
}

const rubric = define(program, 'rubric', (c) => c.addHelpText('after', after([['gret rubric validate rubrics/my-pack']])), asked);
const rubricCommand = (name: string, setup: Setup): Command => define(rubric, name, setup, asked === 'rubric' ? askedSub : undefined);
const command = (name: string, setup: Setup): Command => define(program, name, setup, asked);

rubricCommand('validate', (c) =>
  c
    .argument('[pack-dir]', 'help.validate.pack_dir')
    .addHelpText('after', after([['gret rubric validate rubrics/egov-women']]))
    .action((dir: string | undefined) => run(async (io) => (await import('./commands/rubric-validate.js')).rubricValidate(io, dir))));

rubricCommand('list', (c) =>
  c
    .option('--rubrics <dir>', 'help.list.rubrics')
    .option('--json', 'help.list.json')
    .addHelpText('after', after([['gret rubric list'], ['gret rubric list --json']]))
    .action((opts: { rubrics?: string; json?: boolean }) => run(async (io) => (await import('./commands/rubric-list.js')).rubricList(io, opts))));

rubricCommand('show', (c) =>
  c
    .argument('<indicator-id>', 'help.show.indicator_id')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .addHelpText('after', after([['gret rubric show sex-disaggregated-service-data']]))
    .action((id: string, opts: { rubric?: string }) => run(async (io) => (await import('./commands/rubric-show.js')).rubricShow(io, id, opts))));

rubricCommand('schema', (c) =>
  c
    .option('-o, --output <file>', 'help.schema.output')
    .addHelpText('after', after([['gret rubric schema -o rubrics/rubric.schema.json']]))
    .action((opts: { output?: string }) => run(async (io) => (await import('./commands/rubric-schema.js')).rubricSchema(io, opts))));

rubricCommand('translations', (c) => {
  const load = () => import('./commands/rubric-translations.js');
  c.argument('[pack]', 'help.translations.pack')
    .option('--check', 'help.translations.check')
    .addHelpText('after', after([['gret rubric translations'], ['gret rubric translations egov-women --check'], ['gret rubric translations export --lang fr -o fr.po'], ['gret rubric translations import fr.po']]))
    .action((pack: string | undefined, opts: { check?: boolean }) => run(async (io) => (await load()).rubricTranslations(io, pack, opts)));
  sayUsageErrors(c.command('export'), process.argv)
    .description('help.translations.export_about')
    .requiredOption('--lang <tag>', 'help.translations.export_lang')
    .option('-o, --output <file>', 'help.translations.export_output')
    .option('--rubric <pack-dir>', 'help.translations.export_rubric')
    .action((opts: { lang: string; output?: string; rubric?: string }) => run(async (io) => (await load()).translationsExport(io, opts)));
  sayUsageErrors(c.command('import'), process.argv)
    .description('help.translations.import_about')
    .argument('<po-file>', 'help.translations.import_po_file')
    .option('--rubric <pack-dir>', 'help.translations.import_rubric')
    .action((file: string, opts: { rubric?: string }) => run(async (io) => (await load()).translationsImport(io, file, opts)));
});

command('init', (c) =>
  c
    .argument('[file]', 'help.init.file', 'assessment.yaml')
    .option('--ministry <name>', 'help.init.ministry')
    .option('--country <name>', 'help.init.country')
    .option('--assessor <name>', 'help.init.assessor', (value: string, previous: string[] = []) => [...previous, value])
    .option('--date <YYYY-MM-DD>', 'help.options.date')
    .option('--language <tag>', 'help.options.language')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--force', 'help.init.force')
    .addHelpText('after', after([['gret init'], ['gret init health.yaml --ministry "Ministry of Health" --country Fiji --assessor "S. Naidu"']]))
    .action((file: string, opts: InitFlags) => run(async (io) => (await import('./commands/init.js')).init(io, file, opts))));

command('assess', (c) =>
  c
    .argument('<assessment>', 'help.options.assessment_new')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--lang <tag>', 'help.options.lang_answers')
    .addOption(new Option('--review', 'help.assess.review').conflicts('onlyUnanswered'))
    .option('--dimension <id>', 'help.assess.dimension')
    .addOption(new Option('--indicator <id>', 'help.assess.indicator').conflicts('dimension'))
    .option('--only-unanswered', 'help.assess.only_unanswered')
    .addHelpText(
      'after',
      after(
        [['gret assess assessment.yaml'], ['gret assess assessment.yaml --review --dimension service-delivery'], ['gret assess assessment.yaml --indicator sex-disaggregated-service-data']],
        'help.assess.keys',
      ),
    )
    .action((file: string, opts: AssessFlags) => run(async (io) => (await import('./commands/assess.js')).assess(io, file, opts))));

command('serve', (c) =>
  c
    .argument('<assessment>', 'help.options.assessment_new')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--host <address>', 'help.serve.host', '127.0.0.1')
    .addOption(checkedOption(c, '--port <n>', 'help.options.port', port, 'help.errors.port').default(0, 'help.options.port_default'))
    .option('--lang <tag>', 'help.serve.lang')
    .addHelpText('after', after([['gret serve assessment.yaml'], ['gret serve assessment.yaml --port 8080']], 'help.serve.link'))
    .action((file: string, opts: ServeFlags) => run(async (io) => (await import('./commands/serve.js')).serve(io, file, opts))));

command('workshop', (c) =>
  c
    .argument('<folder>', 'help.workshop.folder')
    .requiredOption('--groups <names>', 'help.workshop.groups')
    .option('--ministry <name>', 'help.workshop.ministry')
    .option('--country <name>', 'help.workshop.country')
    .option('--date <YYYY-MM-DD>', 'help.options.date')
    .option('--language <tag>', 'help.options.language')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--host <address>', 'help.workshop.host')
    .addOption(checkedOption(c, '--port <n>', 'help.options.port', port, 'help.errors.port').default(0, 'help.options.port_default'))
    .option('--lang <tag>', 'help.workshop.lang')
    .addHelpText('after', after([['gret workshop workshop/ --groups red,blue,green --ministry "Ministry of Health" --country Fiji'], ['gret aggregate workshop/ --workshop', 'help.workshop.example_afterwards']]))
    .action((folder: string, opts: WorkshopFlags) => run(async (io) => (await import('./commands/workshop.js')).workshop(io, folder, opts))));

command('template', (c) =>
  c
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--lang <tag>', 'help.options.lang_locale')
    .addOption(choiceOption(c, '--format <format>', 'help.template.format', ['yaml', 'md', 'pdf', 'html']))
    .option('-o, --output <file>', 'help.template.output')
    .option('--template <dir>', 'help.options.template_wording')
    .option('--force', 'help.template.force')
    .addHelpText('after', after([['gret template -o answers.yaml', 'help.template.example_yaml'], ['gret template --format pdf -o questionnaire.pdf', 'help.template.example_pdf']]))
    .action((opts: TemplateFlags) => run(async (io) => (await import('./commands/template.js')).template(io, opts))));

command('score', (c) =>
  c
    .argument('<assessment>', 'help.options.assessment_yaml')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--lang <tag>', 'help.options.lang_answers')
    .addOption(checkedOption(c, '--target <level>', 'help.options.target', level, 'help.errors.level').conflicts('targets'))
    .option('--targets <file>', 'help.options.targets')
    .option('--national-profile <file>', 'help.options.national_profile')
    .option('--explain', 'help.score.explain')
    .option('--json', 'help.score.json')
    .addOption(checkedOption(c, '--fail-under <score>', 'help.score.fail_under', percent, 'help.errors.percent'))
    .addHelpText('after', after([['gret score assessment.yaml'], ['gret score assessment.yaml --target 4 --json'], ['gret score assessment.yaml --fail-under 50']]))
    .action((file: string, opts: ScoreFlags) => run(async (io) => (await import('./commands/score.js')).score(io, file, opts))));

command('report', (c) =>
  c
    .argument('<assessment>', 'help.options.assessment_yaml')
    .option('-o, --output <file>', 'help.report.output')
    .option('--format <list>', 'help.report.format')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--lang <tag>', 'help.options.lang_answers')
    .addOption(checkedOption(c, '--target <level>', 'help.options.target', level, 'help.errors.level').conflicts('targets'))
    .option('--targets <file>', 'help.options.targets')
    .option('--national-profile <file>', 'help.options.national_profile')
    .option('--template <dir>', 'help.options.template_wording')
    .addHelpText('after', after([['gret report assessment.yaml -o report.pdf'], ['gret report assessment.yaml -o report --format pdf,csv']]))
    .action((file: string, opts: ReportFlags) => run(async (io) => (await import('./commands/report.js')).report(io, file, opts))));

command('compare', (c) =>
  c
    .argument('<baseline>', 'help.compare.baseline')
    .argument('<follow-up>', 'help.compare.follow_up')
    .option('-o, --output <file>', 'help.options.output_report')
    .option('--format <list>', 'help.compare.format')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--lang <tag>', 'help.options.lang_answers')
    .addOption(checkedOption(c, '--target <level>', 'help.options.target', level, 'help.errors.level').conflicts('targets'))
    .option('--targets <file>', 'help.options.targets')
    .option('--template <dir>', 'help.options.template_look')
    .addHelpText('after', after([['gret compare 2025.yaml 2026.yaml'], ['gret compare 2025.yaml 2026.yaml -o progress.pdf'], ['gret compare 2025.yaml 2026.yaml -o progress --format pdf,md']]))
    .action((baseline: string, followUp: string, opts: CompareFlags) =>
      run(async (io) => (await import('./commands/compare.js')).compare(io, baseline, followUp, opts)),
    ));

command('aggregate', (c) =>
  c
    .argument('<files-or-folders...>', 'help.aggregate.inputs')
    .option('-o, --output <file>', 'help.options.output_report')
    .option('--format <list>', 'help.aggregate.format')
    .addOption(choiceOption(c, '--by <field>', 'help.aggregate.by', ['country', 'ministry', 'group']))
    .option('--workshop', 'help.aggregate.workshop')
    .option('--agreement', 'help.aggregate.agreement')
    .option('--rubric <pack-dir>', 'help.options.rubric')
    .option('--lang <tag>', 'help.options.lang_locale')
    .option('--template <dir>', 'help.options.template_look')
    .addHelpText(
      'after',
      after([['gret aggregate assessments/'], ['gret aggregate assessments/ --by country -o summary.pdf'], ['gret aggregate workshop/ --workshop'], ['gret aggregate ministry-of-health/ --agreement'], ['gret aggregate assessments/ -o all --format csv,json']]),
    )
    .action((inputs: string[], opts: AggregateFlags) => run(async (io) => (await import('./commands/aggregate.js')).aggregate(io, inputs, opts))));

/*
 * Run, not awaited at the top: the build bundles this file as CommonJS (scripts/bundle-program.js),
 * which has no top-level await. An error that is not the user's still ends the process with its
 * stack, as an unhandled rejection.
 */
async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; help asked for wrongly (`gret` alone) is a usage error.
      process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.input;
    } else if (error instanceof UserError) {
      // A command line commander could not take (sayUsageErrors), or a flag's value refused as it was read.
      const { reportError } = await import('./report-error.js');
      process.exitCode = reportError(error, io);
    } else {
      throw error;
    }
  }
}

void main();
