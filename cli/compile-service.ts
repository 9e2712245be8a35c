/**
 * `nightjar compile-service status|stop`: the background compile service of this nightjar-ts build (see
 * loader/compile-service/), which the loader starts on its own in a terminal or with NIGHTJAR_COMPILE_SERVICE=on.
 */
import { serviceAddress } from "../loader/compile-service/service-address.js";
import { connectService } from "../loader/compile-service/request-service.js";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";

export const compileServiceCommand: CliCommand = (cli) => {
  cli
    .command("compile-service <action>", "Show (status) or end (stop) the background compile service")
    .example("nightjar compile-service stop")
    .action(async (action: string) => {
      if (action !== "status" && action !== "stop") throw new CliUsageError(`unknown compile-service action "${action}": use status or stop`);
      const address = serviceAddress();
      const service = await connectService({ address, start: false, startTimeoutMs: 0 });
      if (!service) {
        process.stdout.write(`no compile service is running (${address})\n`);
        return;
      }
      try {
        const reply = await service.request({ kind: action });
        if (reply.ok && "status" in reply) {
          const { pid, requests, compiles, startedAt } = reply.status;
          const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
          process.stdout.write(`compile service running: pid ${pid}, ${plural(compiles, "file")} compiled in ${plural(requests, "request")} since ${startedAt} (${address})\n`);
        } else process.stdout.write(`compile service stopped (${address})\n`);
      } finally {
        service.close();
      }
    });
};
