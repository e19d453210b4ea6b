import { readFile } from "node:fs/promises";

/** What a command may touch: its output streams and its input. Tests run the real CLI instead. */
export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads a file, or standard input when the name is "-". */
  read: (file: string) => Promise<string>;
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  read: (file) => (file === "-" ? readStdin() : readFile(file, "utf8")),
};
