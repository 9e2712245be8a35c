/**
 * Plan a trip: a block inside a function reads a Date and an interpolated number, writes a Date, and returns
 * a typed object with `return`.
 *
 *   npx nightjar run examples/plan-trip.ts Lisbon 4
 */
import { natural } from "nightjar-ts";

interface Stop {
  day: number;
  activity: string;
}

interface Itinerary {
  city: string;
  stops: Stop[];
}

const today = new Date("2025-06-02T09:00:00Z");
let departure = today;

async function planTrip(city: string, nights: number): Promise<Itinerary> {
  await natural`Plan a trip to <city> for ${nights} nights. Pick the <:departure> date: the first Friday after
    <today>, at 08:00 UTC. Then return an itinerary with one stop (a single activity) per day.`;
  return { city, stops: [] };
}

const city = process.argv[2] ?? "Lisbon";
const nights = Number(process.argv[3] ?? 3);
const itinerary = await planTrip(city, nights);
console.log(`departure: ${departure.toISOString()} (${departure instanceof Date ? "a Date" : typeof departure})`);
for (const stop of itinerary.stops) console.log(`day ${stop.day}: ${stop.activity}`);
