#include "order.h"
#include "../payments/payment.h"
#include <vector>
/* #include "commented.h" */
// #include "also_commented.h"
const char *text = "#include \"in_a_string.h\"";
