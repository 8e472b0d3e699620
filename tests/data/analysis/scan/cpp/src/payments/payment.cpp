#include "payment.h"
#include "orders/order.h"
#include "missing.h"
