import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { holdBodyBytes, holdBodyMs, sendBody } from "../../../app/server/send-body.server";

/** A socket's stand-in: each call that reaches it is one write (a system call on a real socket), with the sizes it carried. */
class Socket extends Writable {
  writes: number[][] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.writes.push([chunk.length]);
    done();
  }
  override _writev(chunks: { chunk: Buffer }[], done: () => void) {
    this.writes.push(chunks.map(({ chunk }) => chunk.length));
    done();
  }
}

/** A body of these sizes, each piece after `wait` (React hands a page over across turns of the event loop). */
function body(sizes: number[], wait: () => Promise<unknown> = () => nextTurn()) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await wait();
      if (i < sizes.length) controller.enqueue(new Uint8Array(sizes[i++]!));
      else controller.close();
    },
  });
}

describe("sending a response's body", () => {
  it("sends a page handed over in pieces, over several turns of the event loop, in one write", async () => {
    const socket = new Socket();
    await sendBody(body([3000, 400, 1200, 80]), socket);
    expect(socket.writes).toEqual([[3000, 400, 1200, 80]]);
  });

  it("lets a long body go once it holds more than a buffer's worth", async () => {
    const socket = new Socket();
    const piece = holdBodyBytes / 4;
    await sendBody(body(Array(8).fill(piece)), socket);
    expect(socket.writes[0]).toEqual(Array(5).fill(piece));
    expect(socket.writes.slice(1)).toEqual([[piece], [piece], [piece]]);
  });

  it("lets a slow body go after a moment, so what is ready reaches the reader", async () => {
    const socket = new Socket();
    let sent = 0;
    const sending = sendBody(
      body([100, 200, 300], () => (sent++ === 2 ? sleep(holdBodyMs + 100) : nextTurn())),
      socket,
    );
    await sleep(holdBodyMs + 50);
    expect(socket.writes).toEqual([[100, 200]]);
    await sending;
    expect(socket.writes).toEqual([[100, 200], [300]]);
  });

  it("ends the write side with the body, and destroys it with the body's error", async () => {
    const socket = new Socket();
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10));
        controller.error(new Error("render failed"));
      },
    });
    const errors: Error[] = [];
    socket.on("error", (error) => errors.push(error));
    await expect(sendBody(failing, socket)).rejects.toThrow("render failed");
    expect(socket.destroyed).toBe(true);
    await nextTurn();
    expect(errors.map((e) => e.message)).toEqual(["render failed"]);
    const ended = new Socket();
    await sendBody(body([1]), ended);
    expect(ended.writableEnded).toBe(true);
  });
});
