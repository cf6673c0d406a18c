/**
 * Live updates (实时更新) by server-sent events: after a write commits, an event goes to every open
 * page whose person may see it — the office, the recording unit, the task's lead unit.
 */
import type { ServerResponse } from 'node:http';
import type { Person } from './auth';

export interface LiveEvent {
  type: 'entry' | 'submission' | 'reminder' | 'import';
  plan: string;
  /** Units concerned; a unit's person gets the event when its unit is among them. */
  units: string[];
  data: unknown;
}

interface Client {
  person: Person;
  res: ServerResponse;
}

export class EventHub {
  private readonly clients = new Set<Client>();
  private nextId = 1;

  /** Keep `res` open as an event stream for `person` until the client leaves. */
  open(person: Person, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    res.write(': fengong\n\n');
    const client = { person, res };
    this.clients.add(client);
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(ping);
      this.clients.delete(client);
    });
  }

  /** Send an event to whoever may see it. */
  publish(event: LiveEvent, sees: (person: Person) => boolean): void {
    const id = this.nextId++;
    const text = `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify({ plan: event.plan, units: event.units, data: event.data })}\n\n`;
    for (const c of this.clients) if (sees(c.person)) c.res.write(text);
  }

  get size(): number {
    return this.clients.size;
  }

  closeAll(): void {
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }
}
