module.exports = { Order: class Order {} };
