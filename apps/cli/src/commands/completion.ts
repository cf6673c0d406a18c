import type { Command } from 'commander';
import { UsageError } from '../errors';
import { print } from '../io';
import { examples, h } from '../help';

/** Command names and their long options, read from the program itself so completion never drifts. */
function commandTree(program: Command): { name: string; options: string[] }[] {
  return program.commands.map((c) => ({
    name: c.name(),
    options: c.options.map((o) => o.long).filter((o): o is string => Boolean(o)),
  }));
}

function bashScript(program: Command): string {
  const tree = commandTree(program);
  const cases = tree.map((c) => `    ${c.name}) opts="${c.options.join(' ')} --help" ;;`).join('\n');
  return `# fengong bash completion — add to ~/.bashrc:  eval "$(fengong completion bash)"
_fengong() {
  local cur cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${tree.map((c) => c.name).join(' ')} --help --version" -- "$cur") )
    return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _fengong fengong
`;
}

function zshScript(program: Command): string {
  const tree = commandTree(program);
  const commands = program.commands
    .map((c) => `    '${c.name()}:${c.description().replace(/'/g, '')}'`)
    .join('\n');
  const cases = tree
    .map((c) => `    ${c.name}) _arguments '*:file:_files' ${c.options.map((o) => `'${o}'`).join(' ')} ;;`)
    .join('\n');
  return `#compdef fengong
# fengong zsh completion — add to ~/.zshrc:  eval "$(fengong completion zsh)"
_fengong() {
  local -a commands
  commands=(
${commands}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
compdef _fengong fengong
`;
}

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description(h('cmd-completion'))
    .argument('<shell>', h('completion-shell'))
    .addHelpText(
      'after',
      examples(['eval "$(fengong completion bash)"', 'fengong completion zsh > ~/.zfunc/_fengong']),
    )
    .action((shell: string) => {
      if (shell === 'bash') return print(bashScript(program));
      if (shell === 'zsh') return print(zshScript(program));
      throw new UsageError(`unknown shell “${shell}”: use bash or zsh`);
    });
}
