import { Option, type Command, type CommanderError } from 'commander';
import { closest } from '../core/answers/closest.js';
import { UserError } from '../core/errors.js';
import type { Words } from '../core/messages/messages.js';
import { commandPath } from './help-words.js';

/*
 * A command line commander cannot take, said as gret says any usage error: in the run's
 * language, with exit code 2. commander's own English is never printed: the error is known by
 * its code, and what it is about (the option, the argument, the similar name) is read from the
 * command it happened in, as commander leaves it.
 */

declare module 'commander' {
  interface Option {
    /** Set by `.conflicts()`: the options this one may not be given with. */
    readonly conflictsWith: readonly string[];
  }
}

/** The hint under every usage error: where to read what the command takes. */
function seeHelp(command: Command): Words {
  return { key: 'help.errors.see_help', values: { command: commandPath(command) } };
}

// As commander tells an option from an operand: a leading dash, but not a negative number.
const isOptionWord = (word: string): boolean => word.length > 1 && word.startsWith('-') && !/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(word);

/** Words naming what was typed, and the near name it may have been meant as. */
function unknown(kind: 'option' | 'command', typed: string, candidates: readonly string[]): Words {
  const near = closest(typed, candidates);
  return near === undefined ? { key: `help.errors.unknown_${kind}`, values: { typed } } : { key: `help.errors.unknown_${kind}_near`, values: { typed, near } };
}

function words(command: Command, error: CommanderError, argv: readonly string[]): Words | undefined {
  switch (error.code) {
    case 'commander.unknownOption': {
      const typed = command.args.find(isOptionWord) ?? '';
      const options: Option[] = [];
      for (let c: Command | null = command; c !== null; c = c.parent) options.push(...c.createHelp().visibleOptions(c));
      return unknown('option', typed.split('=')[0] ?? typed, options.flatMap((o) => o.long ?? []));
    }
    case 'commander.unknownCommand':
      return unknown('command', command.args[0] ?? '', command.createHelp().visibleCommands(command).flatMap((c) => [c.name(), ...c.aliases()]));
    case 'commander.missingArgument': {
      const missing = command.registeredArguments.find((argument, i) => argument.required && command.args[i] === undefined);
      return { key: 'help.errors.missing_argument', values: { command: commandPath(command), argument: `<${missing?.name() ?? ''}>` } };
    }
    case 'commander.excessArguments':
      return { key: 'help.errors.too_many_arguments', values: { command: commandPath(command), expected: command.registeredArguments.length, given: command.args.length } };
    case 'commander.optionMissingArgument': {
      // A value is missing only after the last word: commander found nothing more to read.
      const last = argv.at(-1) ?? '';
      return { key: 'help.errors.option_missing_value', values: { option: command.options.find((o) => o.long === last || o.short === last)?.flags ?? last } };
    }
    case 'commander.missingMandatoryOptionValue': {
      const missing = command.options.find((o) => o.mandatory && command.getOptionValue(o.attributeName()) === undefined);
      return { key: 'help.errors.missing_option', values: { command: commandPath(command), option: missing?.flags ?? '' } };
    }
    case 'commander.conflictingOption': {
      const given = command.options.filter((o) => command.getOptionValue(o.attributeName()) !== undefined && command.getOptionValueSource(o.attributeName()) !== 'default');
      const first = given.find((o) => given.some((other) => o.conflictsWith.includes(other.attributeName())));
      const second = given.find((other) => first?.conflictsWith.includes(other.attributeName()) === true);
      return { key: 'help.errors.conflicting_options', values: { first: first?.long ?? '', second: second?.long ?? '' } };
    }
    default:
      // Help and the version end the parse through the same path; they are not errors.
      return undefined;
  }
}

/** Makes commander's usage errors in this command gret's own, said from the catalog. */
export function sayUsageErrors(command: Command, argv: readonly string[]): Command {
  return command.exitOverride((error) => {
    const said = words(command, error, argv);
    throw said === undefined ? error : new UserError('USAGE', said, { hint: seeHelp(command) });
  });
}

/** An option whose value is checked as it is read: a value it refuses is a usage error of `command`. */
export function checkedOption(command: Command, flags: string, description: string, read: (value: string) => number | undefined, reason: string): Option {
  const option = new Option(flags, description);
  return option.argParser((value: string) => {
    const n = read(value);
    if (n === undefined) throw invalidValue(command, option, value, { key: reason });
    return n;
  });
}

/** An option taking one of a few words; its help lists them. */
export function choiceOption(command: Command, flags: string, description: string, choices: readonly string[]): Option {
  const option = new Option(flags, description).choices(choices);
  return option.argParser((value: string) => {
    if (!choices.includes(value)) throw invalidValue(command, option, value, { key: 'help.errors.one_of', values: { choices: choices.map((c) => JSON.stringify(c)).join(', ') } });
    return value;
  });
}

function invalidValue(command: Command, option: Option, value: string, reason: Words): UserError {
  return new UserError('USAGE', { key: 'help.errors.invalid_value', values: { option: option.long ?? option.flags, value, reason } }, { hint: seeHelp(command) });
}
