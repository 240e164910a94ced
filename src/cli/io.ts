// The CLI's only contact with the outside: two text sinks (process streams, or fakes in tests).
import type { Text } from '../catalog';

export interface Sink {
  write(chunk: string): unknown;
}

export interface Io {
  stdout: Sink;
  stderr: Sink;
}

export const line = (sink: Sink, s = ''): void => {
  sink.write(`${s}\n`);
};

/** Vietnamese first, English second, on one line. */
export const bi = (t: Text): string => (t.vi === t.en ? t.vi : `${t.vi} / ${t.en}`);

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** An expected failure (bad file, bad flag): printed as a message, never a stack trace. */
export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number = EXIT.failure,
    /** Extra lines (each already bilingual), e.g. one per catalog problem. */
    readonly details: string[] = [],
  ) {
    super(`${text.vi} / ${text.en}`);
    this.name = 'CliError';
  }
}
