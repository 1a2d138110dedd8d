/** A query Redrock cannot run; the message follows SQLite's wording ("no such column: X"). */
export class RedrockSqlError extends Error {}
