/**
 * Runs a command-line program's `run(argv)` in the test's own process, as a spawned process would
 * see it: `env` set in process.env, the working directory `cwd`, stdout and stderr captured (and not
 * terminals), no exit code yet; everything restored afterwards. Runs are queued, one at a time: they
 * share the process. A run costs milliseconds where starting Node with tsx costs a second or more
 * (several under load), so the apps' tests spawn a real process only for what only a process shows.
 */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function inProcessRunner(
  cwd: string,
): (env: NodeJS.ProcessEnv, run: () => Promise<number>) => Promise<RunResult> {
  let queue: Promise<unknown> = Promise.resolve();
  return (env, run) => {
    const next = queue.then(() => runInProcess(cwd, env, run));
    queue = next.catch(() => {});
    return next;
  };
}

async function runInProcess(
  cwd: string,
  env: NodeJS.ProcessEnv,
  run: () => Promise<number>,
): Promise<RunResult> {
  const savedEnv = new Map(Object.keys(env).map((key) => [key, process.env[key]]));
  const setEnv = (key: string, value: string | undefined) => {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const streams = [process.stdout, process.stderr] as const;
  const saved = streams.map((stream) => ({
    write: stream.write,
    isTTY: Object.getOwnPropertyDescriptor(stream, 'isTTY'),
  }));
  const output = ['', ''];
  try {
    for (const [key, value] of Object.entries(env)) setEnv(key, value);
    process.chdir(cwd);
    streams.forEach((stream, i) => {
      Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        output[i] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        callback?.();
        return true;
      }) as typeof stream.write;
    });
    process.exitCode = undefined;
    const code = await run();
    return { code, stdout: output[0]!, stderr: output[1]! };
  } finally {
    streams.forEach((stream, i) => {
      stream.write = saved[i]!.write;
      if (saved[i]!.isTTY) Object.defineProperty(stream, 'isTTY', saved[i]!.isTTY);
      else delete (stream as { isTTY?: boolean }).isTTY;
    });
    process.chdir(savedCwd);
    for (const [key, value] of savedEnv) setEnv(key, value);
    process.exitCode = savedExitCode;
  }
}
