import { value1 } from "./module-1.js";
console.log(`loaded ${value1}`);
