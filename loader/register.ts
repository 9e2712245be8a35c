/**
 * `node --import nightjar-ts/register app.ts`: runs TypeScript programs with natural blocks on plain Node.
 */
import { installLoader } from "./install-loader.js";

installLoader();
