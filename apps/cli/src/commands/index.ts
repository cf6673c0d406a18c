import type { Command } from 'commander';
import { registerCompletion } from './completion';
import { registerDeadlines } from './deadlines';
import { registerExplain } from './explain';
import { registerImport } from './import';
import { registerMatrix } from './matrix';
import { registerTasks } from './tasks';
import { registerUnit } from './unit';
import { registerUnits } from './units';
import { registerValidate } from './validate';
import { registerWho } from './who';

/** Every command, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [
  registerValidate,
  registerTasks,
  registerUnit,
  registerWho,
  registerMatrix,
  registerDeadlines,
  registerUnits,
  registerExplain,
  registerImport,
  registerCompletion,
];
