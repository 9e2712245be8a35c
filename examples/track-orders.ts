/**
 * Track orders: outputs set on some paths (the block may leave `status` and `firstLost` as they are), a
 * labelled `continue` that skips the rest of a batch, and an error class the block builds through its
 * constructor's parameters.
 *
 *   npx nightjar run examples/track-orders.ts
 */
import { initial, natural } from "nightjar-ts";

type Status = "new" | "shipped" | "lost";

interface Order {
  id: string;
  notes: string[];
}

class CarrierDown extends Error {
  constructor(public carrier: string, message?: string) {
    super(message ?? `${carrier} is not answering`);
    this.name = "CarrierDown";
  }
}

const batches: Order[][] = [
  [
    { id: "A-1", notes: ["left the warehouse on Monday"] },
    { id: "A-2", notes: ["customs hold: skip the rest of this batch"] },
    { id: "A-3", notes: ["delivered"] },
  ],
  [{ id: "B-1", notes: ["the parcel was lost in transit"] }],
];
const statuses = new Map<string, Status>();
let firstLost: string | undefined;

try {
  batchLoop: for (const batch of batches) {
    for (const order of batch) {
      let status = initial<Status>("new"); // `let status: Status = "new"` would read as "new" after the block
      await natural`Read the notes of <order>. If they say to skip the rest of the batch, continue batchLoop.
        Set <:status> to "shipped" or "lost" when the notes say so, and leave it otherwise. If it is lost and
        <firstLost> is not set yet, set <:firstLost> to the order's id. If the carrier is down, throw <CarrierDown>.`;
      statuses.set(order.id, status);
    }
  }
  for (const [id, status] of statuses) console.log(`${id}: ${status}`);
  console.log(`first lost: ${firstLost ?? "none"}`);
} catch (error) {
  if (!(error instanceof CarrierDown)) throw error;
  console.log(`carrier down: ${error.carrier}`);
  process.exitCode = 2;
}
