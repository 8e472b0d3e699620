import { charge } from '../payments/gateway.js';
import type { Order } from './model';
// import { nope } from './nope';
/* const old = require('./old'); */
const model = require("./model");
const message = `template with import x from './fake'`;
const lazy = () => import('lodash');
const fs = require('node:fs');
export function place(order: Order) { return charge(order, model, lazy, fs, message); }
