// A bare HTTP client: sends the path, headers and body exactly as given (supertest would re-encode a
// mis-encoded path or add a Content-Type), over one kept-alive connection.
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export class RawHttp {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  private constructor(private readonly port: number) {}

  /** Listens on a free loopback port (the API app is only initialised by the test system). */
  static async listen(server: Server): Promise<RawHttp> {
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new RawHttp((server.address() as AddressInfo).port);
  }

  send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: string | null,
  ): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const payload = body === null ? null : Buffer.from(body, 'utf8');
      const outgoing = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: { ...headers, ...(payload ? { 'Content-Length': String(payload.length) } : {}) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload ?? undefined);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
