/** A mistake in how a command was called: its message is shown with the command's usage. */
export class UsageError extends Error {}
