// The pane's side of the boot script (src/boot/boot.js, inlined into taskpane.html): the bundle
// says it runs, that the pane has rendered, or that the pane crashed; the boot script shows the
// bilingual message when the pane cannot. Without the boot script (a test, another page) every
// call is a no-op and the pane may start.

export interface BootSignal {
  /** The bundle runs: true when it may mount the pane, false when the boot script has taken over. */
  started(): boolean;
  /** The pane has rendered. */
  ready(): void;
  /** The pane crashed: the boot script shows its "failed" message with the error as detail. */
  fail(error: unknown): void;
}

const NO_BOOT: BootSignal = {
  started: () => true,
  ready: () => undefined,
  fail: () => undefined,
};

export function bootSignal(): BootSignal {
  return (window as unknown as { __piiBoot?: BootSignal }).__piiBoot ?? NO_BOOT;
}
