package com.shop.payments;

import com.shop.orders.*;
import static com.shop.payments.Invoice.issue;

@Audited
public class Payment {
    Order order;
    String text = """
        OrderItem inside a text block
        """;
    char quote = '"';
    Refund refund() { return new Refund(); }
}
