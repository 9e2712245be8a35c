/**
 * A connection to whatever listens at `address`, or `undefined` when nothing does. The client connects this way
 * before starting a service; a starting service asks it whether another one already answers there.
 */
import { connect, type Socket } from "node:net";

export function connectIfListening(address: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = connect(address);
    socket.once("connect", () => {
      socket.removeAllListeners("error");
      resolve(socket);
    });
    socket.once("error", () => resolve(undefined));
  });
}
