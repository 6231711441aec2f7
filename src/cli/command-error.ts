/** @fileoverview The failure of a `tern` subcommand: its message goes to standard error. */

/** A subcommand failure: the message goes to standard error, `status` is the exit status. */
export class CommandError extends Error {
  constructor(message: string, readonly status = 1) {
    super(message);
  }
}
