/**
 * The program the fault tests run: an order with nested objects (a class instance, an array of objects, a
 * Date) and one block that may change it in place and writes a summary. The descriptor and schemas are
 * shaped like the compiler's output for
 *
 *   let summary = "";
 *   await natural`Ship <order>: set <:order.status>, and write a one-line <:summary>.`;
 */
import { z } from "zod";
import type { BlockDescriptor, BlockInvocation } from "../../../runtime/block.js";

export class Customer {
  constructor(
    public name: string,
    public tier: "gold" | "silver",
  ) {}
}

export interface Order {
  id: number;
  customer: Customer;
  items: { sku: string; qty: number }[];
  placed: Date;
  status: "new" | "shipped";
}

export function makeOrder(id = 7): Order {
  return {
    id,
    customer: new Customer("Ada", "gold"),
    items: [
      { sku: "pen", qty: 1 },
      { sku: "ink", qty: 2 },
    ],
    placed: new Date("2025-03-01T10:00:00.000Z"),
    status: "new",
  };
}

const customerSchema = z.union([
  z.instanceof(Customer),
  z.object({ name: z.string(), tier: z.literal(["gold", "silver"]) }).transform((value) => Object.assign(Object.create(Customer.prototype), value)),
]);
const dateSchema = z.union([z.date(), z.iso.datetime({ offset: true, local: true }).transform((text) => new Date(text))]);
const orderSchema = z.object({
  id: z.number(),
  customer: customerSchema,
  items: z.array(z.object({ sku: z.string(), qty: z.number() })),
  placed: dateSchema,
  status: z.literal(["new", "shipped"]),
});

export const orderTypeText = "{ id: number; customer: Customer; items: { sku: string; qty: number }[]; placed: Date; status: \"new\" | \"shipped\" }";

export const shipOrder: BlockDescriptor = {
  id: "app/orders.ts:12:3",
  location: { file: "app/orders.ts", line: 12, column: 3 },
  instruction: "Ship <order>: set <:order.status>, and write a one-line <:summary>.",
  reads: [{ name: "order", kind: "value", typeText: orderTypeText, schema: orderSchema }],
  writes: [
    { target: "order.status", typeText: '"new" | "shipped"', schema: z.literal(["new", "shipped"]) },
    { target: "summary", typeText: "string", schema: z.string() },
  ],
  types: [{ name: "Customer", text: 'class Customer { name: string; tier: "gold" | "silver" }' }],
  exits: { throws: [] },
};

export function orderInvocation(order: Order): BlockInvocation {
  return { scope: { order }, interpolations: [] };
}

/** A code action that changes the order deeply (nested fields, array length, a Date, a class instance). */
export const mutateOrder = [
  "order.customer.name = 'Eve';",
  "order.items[0].qty = 99;",
  "order.items.push({ sku: 'glue', qty: 5 });",
  "order.placed.setUTCFullYear(1999);",
  "order.id = -1;",
].join(" ");
