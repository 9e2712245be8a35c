/** A CodeActionHost double recording what the loop asked of it; exits succeed unless `rejectExits` says no. */
import type { CodeActionHost, ExitRequest, HostResult, ValidatedExit } from "../../../runtime/episode/index.js";

export interface FakeHost extends CodeActionHost {
  log: string[];
  disposed: number;
}

export function fakeHost(options: { rejectExits?: number } = {}): FakeHost {
  let rejections = options.rejectExits ?? 0;
  const host: FakeHost = {
    log: [],
    disposed: 0,
    evaluate(expression): HostResult<string> {
      host.log.push(`eval ${expression}`);
      return expression === "boom" ? { success: false, message: "ReferenceError: boom is not defined" } : { success: true, value: `value of ${expression}` };
    },
    execute(code): HostResult<string> {
      host.log.push(`exec ${code}`);
      return code === "boom" ? { success: false, message: "Error: ReferenceError: boom is not defined" } : { success: true, value: "Success" };
    },
    prepareExit(request: ExitRequest): HostResult<ValidatedExit> {
      host.log.push(`exit ${JSON.stringify(request)}`);
      if (rejections > 0) {
        rejections -= 1;
        return { success: false, message: "done was not accepted:\n- answer: expected number" };
      }
      return { success: true, value: { exit: request.exit, payload: request } };
    },
    dispose() {
      host.disposed += 1;
    },
  };
  return host;
}
