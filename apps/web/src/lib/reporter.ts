/**
 * Who reports (填报人, 联系电话), remembered in this browser (localStorage) so that each entry is
 * signed without typing it again. Nothing is remembered where storage is refused.
 */
const KEY = 'fengong.reporter';

export interface Reporter {
  author: string;
  phone: string;
}

/** The reporter remembered in this browser (empty strings when none). */
export function loadReporter(storage: Pick<Storage, 'getItem'> | undefined = globalStorage()): Reporter {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (raw && typeof raw === 'object') {
      const { author, phone } = raw as Record<string, unknown>;
      return {
        author: typeof author === 'string' ? author : '',
        phone: typeof phone === 'string' ? phone : '',
      };
    }
  } catch {
    // unreadable: start empty
  }
  return { author: '', phone: '' };
}

/** Remember the reporter in this browser. */
export function saveReporter(
  reporter: Reporter,
  storage: Pick<Storage, 'setItem'> | undefined = globalStorage(),
): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ author: reporter.author.trim(), phone: reporter.phone.trim() }));
  } catch {
    // storage refused (private mode, quota): not remembered
  }
}

function globalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
