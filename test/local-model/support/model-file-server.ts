/** A loopback HTTP server serving one file, with optional Range support, for the download tests. */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ModelFileServer {
  url: string;
  /** Headers of every request received. */
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Serves `body`; `ranges: false` ignores Range headers (answers 200 with everything), `cutAt` drops the connection after that many bytes. */
export async function startModelFileServer(options: { body: Uint8Array; ranges?: boolean; cutAt?: number }): Promise<ModelFileServer> {
  const { body, ranges = true } = options;
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.headers);
    const match = /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
    const start = ranges && match ? Number(match[1]) : 0;
    const headers = { "content-type": "application/octet-stream", "content-length": String(body.length - start) };
    if (start > 0) response.writeHead(206, { ...headers, "content-range": `bytes ${start}-${body.length - 1}/${body.length}` });
    else response.writeHead(200, headers);
    const end = options.cutAt !== undefined && start < options.cutAt ? options.cutAt : body.length;
    response.write(body.subarray(start, end), () => {
      if (end < body.length) response.destroy();
      else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/model.gguf`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
