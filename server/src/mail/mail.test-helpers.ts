import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server (smtp-server) on a local port for tests, keeping what it accepts parsed with
 * mailparser. `refuseNext(code, n)` makes it reject the next n messages with that reply code
 * (4xx: try again later; 5xx: refused for good); `stop()` and `start()` take it down and bring it
 * back on the same port (an SMTP server that is down).
 */
export interface TestSmtpServer {
  url: string;
  received: ParsedMail[];
  /** Delivery attempts the server answered (accepted or refused). */
  attempts: number;
  refuseNext(responseCode: number, count?: number): void;
  waitFor(match: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  /** Messages received for `address` (any case). */
  to(address: string): ParsedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const refusals: number[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const recipients = (mail: ParsedMail) =>
    [mail.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address?.toLowerCase()));
  const state = {
    url: '',
    received,
    attempts: 0,
    refuseNext(responseCode: number, count = 1) {
      for (let i = 0; i < count; i++) refusals.push(responseCode);
    },
    async waitFor(match: (mail: ParsedMail) => boolean, timeoutMs = 20_000): Promise<ParsedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No matching message within ${timeoutMs} ms (${received.length} received)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    to: (address: string) => received.filter((mail) => recipients(mail).includes(address.toLowerCase())),
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              state.attempts++;
              const refusal = refusals.shift();
              if (refusal !== undefined) {
                callback(Object.assign(new Error(refusal >= 500 ? 'Message rejected' : 'Try again later'), { responseCode: refusal }));
                return;
              }
              received.push(mail);
              callback();
            })
            .catch(callback);
        },
      });
      const listening = server;
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
      port = (listening.server.address() as AddressInfo).port;
      state.url = `smtp://127.0.0.1:${port}`;
    },
  };
  await state.start();
  return state;
}

/** The first link in a message's text part that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = (mail.text ?? '').match(new RegExp(`${escaped}\\S+`));
  if (!found) throw new Error(`No link starting with ${prefix} in: ${mail.text}`);
  return found[0];
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
