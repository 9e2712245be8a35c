import { natural } from "nightjar-ts";

export interface Order {
  id: string;
  status: "processing" | "shipped" | "delivered";
  carrier: string;
}

const orders: Order[] = [
  { id: "A-100", status: "shipped", carrier: "DHL" },
  { id: "A-101", status: "processing", carrier: "UPS" },
  { id: "A-102", status: "delivered", carrier: "DHL" },
];

export async function run(input: { message: string }) {
  const message = input.message;
  let orderId!: string;
  await natural`Find the order number the customer asks about in <message> and store it in <:orderId>.`;
  const order = orders.find((entry) => entry.id === orderId);
  if (!order) return { orderId, reply: null };
  let reply!: string;
  await natural`Write a one-sentence reply to <message> that tells the customer the status of <order>, in <:reply>.`;
  return { orderId, reply };
}
