#include "../../src/orders/order.h"
