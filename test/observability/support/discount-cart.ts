/** The discount-cart fixture and a script a correct model would follow: an `exec` changing prices, then `done`. */
import type { MockReply } from "nightjar-ts/testing";

export const discountCart = { file: "test/observability/fixtures/discount-cart.ts" };

const usage = { promptTokens: 400, completionTokens: 20 };

export const discountScript: MockReply[] = [
  { toolCalls: [{ name: "exec", arguments: { code: "for (const item of items) item.price = Math.round(item.price * 90) / 100;" } }], usage },
  { toolCalls: [{ name: "done", arguments: { outputs: { total: 94.5 } } }], usage },
];

/** What the program prints when the block ran to the end. */
export const discounted = '{"items":[{"name":"shoes","price":72},{"name":"hat","price":22.5}],"total":94.5}';
/** What it prints when the block wrote nothing. */
export const unchanged = '{"items":[{"name":"shoes","price":80},{"name":"hat","price":25}],"total":0}';
