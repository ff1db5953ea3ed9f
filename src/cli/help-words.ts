import type { Argument, Command, Help, HelpConfiguration, Option } from 'commander';
import type { Messages } from '../core/messages/messages.js';
import { displayWidth } from '../report/terminal/display-width.js';
import { wrap } from '../report/terminal/wrap.js';

/*
 * commander's help in the run's language. Every description the program gives commander (of a
 * command, an argument, an option, the help and version options) is a key of the catalog's
 * `help` group, looked up only when help is printed, so that a command that runs never reads
 * the catalog for it. commander's own words (its section titles, "[options]", "(default: …)")
 * are said from the catalog too, and columns are lined up and wrapped by the width the text
 * takes on screen: a Chinese character takes two columns, a Thai vowel mark none.
 */

// The section titles commander writes; it hands each to styleTitle, which says it from the catalog.
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'help.titles.usage',
  'Arguments:': 'help.titles.arguments',
  'Options:': 'help.titles.options',
  'Commands:': 'help.titles.commands',
};

/** The words of an argument in a usage line: <name>, [name], <name...>. */
function argumentUsage(argument: Argument): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** `gret rubric show`: the command as typed, from the program down. */
export function commandPath(command: Command): string {
  const path: string[] = [];
  for (let c: Command | null = command; c !== null; c = c.parent) path.unshift(c.name());
  return path.join(' ');
}

export function helpInLanguage(messages: () => Messages): HelpConfiguration {
  const t = (key: string, values?: Record<string, string>): string => messages().t(key, values);
  /** A description with what commander adds to it: the choices, and the default where there is one. */
  const described = (key: string, choices: readonly string[] | undefined, value: unknown, valueKey: string | undefined): string => {
    const extra: string[] = [];
    if (choices !== undefined) extra.push(t('help.choices', { choices: choices.map((c) => JSON.stringify(c)).join(', ') }));
    if (value !== undefined) extra.push(t('help.default', { value: valueKey === undefined ? JSON.stringify(value) : t(valueKey) }));
    return [t(key), ...extra].join(' ');
  };
  return {
    // Command names alone keep the list readable at 80 columns; each command's --help has its usage.
    subcommandTerm: (command: Command) => command.name(),
    commandUsage(this: Help, command: Command) {
      const words = [
        ...(this.visibleOptions(command).length > 0 ? [t('help.usage.options')] : []),
        ...(command.commands.length > 0 ? [t('help.usage.command')] : []),
        ...command.registeredArguments.map(argumentUsage),
      ];
      return [commandPath(command), ...words].join(' ');
    },
    commandDescription: (command: Command) => t(command.description()),
    subcommandDescription: (command: Command) => t(command.description()),
    optionDescription: (option: Option) => described(option.description, option.argChoices, option.defaultValue, option.defaultValueDescription),
    argumentDescription: (argument: Argument) => described(argument.description, argument.argChoices, argument.defaultValue, argument.defaultValueDescription),
    styleTitle: (title: string) => t(TITLES[title] ?? title),
    displayWidth: (text: string) => displayWidth(text),
    boxWrap(this: Help, text: string, width: number) {
      return width < this.minWidthToWrap ? text : wrap(text, width);
    },
  };
}

/** What a command's help ends with: examples, each with a comment or none, then paragraphs (catalog keys). */
export interface HelpEnding {
  readonly examples: readonly (readonly [string, string?])[];
  readonly paragraphs?: readonly string[];
}

// The examples are laid out for the width commander uses when it is told none, at any width:
// a comment that would run past it wraps in its column, in every language.
const EXAMPLE_WIDTH = 80;

/** The text after a command's help, said from the catalog when it is printed: the comments of the examples in a column. */
export function helpAfter(messages: () => Messages, ending: HelpEnding): () => string {
  return () => {
    const m = messages();
    const column = Math.max(0, ...ending.examples.flatMap(([line, comment]) => (comment === undefined ? [] : [line.length]))) + 2;
    const room = EXAMPLE_WIDTH - '  $ '.length - column - '# '.length;
    const lines = ending.examples.flatMap(([line, comment]) => {
      if (comment === undefined) return [`  $ ${line}`];
      const [first, ...more] = wrap(m.t(comment), room).split('\n');
      return [`  $ ${line.padEnd(column)}# ${first ?? ''}`, ...more.map((rest) => `${' '.repeat('  $ '.length + column)}# ${rest}`)];
    });
    const examples = `\n${m.t('help.examples', { count: ending.examples.length })}\n${lines.join('\n')}\n`;
    return [examples, ...(ending.paragraphs ?? []).map((key) => `${m.t(key)}\n`)].join('\n');
  };
}
