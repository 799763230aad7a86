// Collects what an export writes into a string, through a real Writable (backpressure included).
import { Writable } from "node:stream";

export class Sink extends Writable {
  chunks: Buffer[] = [];
  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void) {
    this.chunks.push(Buffer.from(chunk));
    setImmediate(cb);
  }
  get text() {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

export async function collect(run: (out: Sink) => Promise<void>): Promise<string> {
  const s = new Sink();
  await run(s);
  await new Promise<void>((r) => s.end(r));
  return s.text;
}
