// The process logger (pino): one JSON object per line. Every layer logs through the logger it is handed; this
// module only makes one.
import pino, { type Logger, type DestinationStream } from "pino";

export type { Logger };

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** The process logger: one JSON object per line on stdout (or the given stream, in tests). */
export function createLogger(level: LogLevel = "info", destination?: DestinationStream): Logger {
  return pino(
    { level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    destination,
  );
}

/** A logger that writes nothing (tests, `logging: false`). */
export const silentLogger: Logger = pino({ level: "silent" });

