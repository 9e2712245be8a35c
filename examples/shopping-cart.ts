/**
 * A shopping cart: blocks inside class methods and a closure change the program's own objects in place (the
 * same array and item objects, not copies), read class instances and call nothing outside the sandbox.
 *
 *   npx nightjar run examples/shopping-cart.ts SUMMER10
 */
import { natural } from "nightjar-ts";

class Item {
  constructor(
    public name: string,
    public price: number,
    public quantity: number,
  ) {}

  get total(): number {
    return this.price * this.quantity;
  }
}

class Cart {
  readonly items: Item[] = [];

  add(item: Item): this {
    this.items.push(item);
    return this;
  }

  async applyCoupon(code: string): Promise<void> {
    const items = this.items;
    await natural`Apply the coupon <code> to <items>, changing them in place: SUMMER10 takes 10% off every price
      (round to cents); FREESOCKS sets the price of socks to 0. Unknown codes change nothing.`;
  }

  total(): number {
    return this.items.reduce((sum, item) => sum + item.total, 0);
  }
}

/** A closure over `budget`: the returned function asks a block to fit the cart into it. */
function budgetKeeper(budget: number) {
  return async (cart: Cart) => {
    const items = cart.items;
    await natural`Lower quantities in <items> (in place, never below 1) until their total is at most <budget>.`;
  };
}

const cart = new Cart().add(new Item("shoes", 80, 1)).add(new Item("socks", 5, 4)).add(new Item("hat", 25, 2));
const firstItem = cart.items[0];
await cart.applyCoupon(process.argv[2] ?? "SUMMER10");
await budgetKeeper(120)(cart);
for (const item of cart.items) console.log(`${item.name}: ${item.quantity} x ${item.price.toFixed(2)}`);
console.log(`total: ${cart.total().toFixed(2)}`);
console.log(`same objects: ${cart.items[0] === firstItem && cart.items[0] instanceof Item}`);
