import type { Command } from 'commander';
import { registerCompletion } from './completion';
import { registerValidate } from './validate';

/** Every command, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [registerValidate, registerCompletion];
