import type { Command } from 'commander';
import { registerCompletion } from './completion';
import { registerDeadlines } from './deadlines';
import { registerDiff } from './diff';
import { registerExplain } from './explain';
import { registerImport } from './import';
import { registerLookback } from './lookback';
import { registerMatrix } from './matrix';
import { registerProgress } from './progress';
import { registerServe } from './serve';
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
  registerProgress,
  registerLookback,
  registerDiff,
  registerServe,
  registerCompletion,
];
