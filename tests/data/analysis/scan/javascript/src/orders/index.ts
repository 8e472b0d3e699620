export * from './service';
export { Order } from "./model.js";
