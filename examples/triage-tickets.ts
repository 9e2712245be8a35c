/**
 * Triage a support queue: a block inside loops sets properties of the ticket it reads (`<:ticket.priority>`),
 * skips spam with `continue`, and stops the whole queue with `break` when it meets an outage. The second loop
 * is labelled and holds a `switch`, so the block's `break` must leave the loop, not the switch.
 *
 *   npx nightjar run examples/triage-tickets.ts
 */
import { natural } from "nightjar-ts";

type Priority = "low" | "normal" | "urgent";

interface Ticket {
  id: number;
  subject: string;
  body: string;
  priority: Priority;
  team: string;
}

const tickets: Ticket[] = [
  { id: 101, subject: "Invoice copy", body: "Could you send me a copy of invoice 2024-113?", priority: "normal", team: "" },
  { id: 102, subject: "WIN A FREE CRUISE", body: "Click here to claim your prize!!!", priority: "normal", team: "" },
  { id: 103, subject: "Checkout is down", body: "Since 10:02 every payment fails with error 502.", priority: "normal", team: "" },
  { id: 104, subject: "Feature idea", body: "A dark mode would be lovely.", priority: "normal", team: "" },
];

const triaged: Ticket[] = [];
for (const ticket of tickets) {
  await natural`Triage <ticket>. If it is spam, continue with the next ticket. Otherwise set <:ticket.priority>
    and the <:ticket.team> that should handle it ("billing", "engineering" or "product"). If it reports a
    production outage, set those and then break: the on-call engineer takes over the rest of the queue.`;
  triaged.push(ticket);
  console.log(`#${ticket.id} ${ticket.priority} -> ${ticket.team}`);
}
console.log(`triaged ${triaged.length} of ${tickets.length} tickets`);
console.log(`priorities: ${tickets.map((ticket) => `${ticket.id}=${ticket.priority}`).join(" ")}`);

const events = ["deploy started", "health check ok", "error rate 40%", "deploy finished"];
let lastEvent = "";
watch: for (const event of events) {
  lastEvent = event;
  switch (event.startsWith("deploy") ? "deploy" : "signal") {
    case "deploy":
      console.log(`log: ${event}`);
      break;
    default:
      await natural`Look at the monitoring <event>. If it shows the system is unhealthy, break out of the watch.`;
      console.log(`signal ok: ${event}`);
  }
}
console.log(`watch ended at: ${lastEvent}`);
