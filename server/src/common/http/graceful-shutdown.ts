import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface DrainResult {
  /** Connections still open at the deadline, cut then. */
  cut: number;
  /** Requests that were being answered when draining began. */
  inFlight: number;
  elapsedMs: number;
}

export interface ConnectionDrainer {
  /**
   * Stops accepting connections, lets the requests in flight finish, and resolves when the last
   * connection has closed, or at the deadline, when whatever is still open is cut.
   */
  drain(graceMs: number): Promise<DrainResult>;
}

interface Connection {
  active: Set<ServerResponse>;
  served: number;
}

/** A connection that has sent nothing yet gets this long to send its request once draining began. */
const FRESH_CONNECTION_MS = 1000;

/**
 * Follows the server's connections (call before `listen`), so that at shutdown:
 * - a connection with a request in flight is left alone; its response says `Connection: close` when
 *   its headers are not sent yet, and the connection is ended once it is answered;
 * - an idle keep-alive connection (it was answered and waits for more) is closed at once;
 * - a connection that was accepted but has sent no request yet gets a moment to send it (its request
 *   is then answered), so an accepted request is never reset;
 * - at the deadline every connection still open is cut.
 * A connection still waiting in the kernel's backlog when the listener closes was never accepted: the
 * kernel resets it, and the client may retry elsewhere.
 */
export function trackConnections(server: Server): ConnectionDrainer {
  const connections = new Map<Socket, Connection>();
  let draining = false;
  let onEmpty: (() => void) | undefined;

  const endIfIdle = (socket: Socket) => {
    const connection = connections.get(socket);
    if (connection && connection.active.size === 0 && connection.served > 0) socket.end();
  };

  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: new Set(), served: 0 });
    socket.once('close', () => {
      connections.delete(socket);
      if (connections.size === 0) onEmpty?.();
    });
  });
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    const connection = connections.get(socket);
    if (!connection) return;
    connection.active.add(response);
    if (draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      connection.active.delete(response);
      connection.served += 1;
      if (draining) endIfIdle(socket);
    });
  });

  return {
    drain: (graceMs) =>
      new Promise((resolve) => {
        const started = Date.now();
        draining = true;
        let inFlight = 0;
        // Accepted but silent so far (a browser's preconnect, or a request not read yet).
        const silent: Socket[] = [];
        for (const [socket, connection] of connections) {
          inFlight += connection.active.size;
          for (const response of connection.active) if (!response.headersSent) response.setHeader('Connection', 'close');
          if (connection.active.size === 0 && connection.served === 0) silent.push(socket);
          else endIfIdle(socket);
        }
        let listenerClosed = !server.listening;
        const finish = (cut: number) => {
          onEmpty = undefined;
          clearTimeout(fresh);
          clearTimeout(deadline);
          resolve({ cut, inFlight, elapsedMs: Date.now() - started });
        };
        const fresh = setTimeout(
          () => {
            for (const socket of silent) {
              const connection = connections.get(socket);
              if (connection && connection.active.size === 0 && connection.served === 0) socket.destroy();
            }
          },
          Math.min(FRESH_CONNECTION_MS, graceMs),
        );
        const deadline = setTimeout(() => {
          const cut = connections.size;
          for (const socket of connections.keys()) socket.destroy();
          finish(cut);
        }, graceMs);
        onEmpty = () => {
          if (listenerClosed) finish(0);
        };
        if (!listenerClosed) {
          // Also closes idle keep-alive connections (Node 19+); resolves once every connection is gone.
          server.close(() => {
            listenerClosed = true;
            if (connections.size === 0) finish(0);
          });
        } else if (connections.size === 0) finish(0);
      }),
  };
}
