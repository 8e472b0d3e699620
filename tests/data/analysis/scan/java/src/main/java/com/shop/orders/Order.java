package com.shop.orders;

import java.util.List;
import com.shop.payments.Payment;

/** An order; see also {@link Refund} (a comment, not a dependency). */
public class Order {
    private final List<OrderItem> items = new java.util.ArrayList<>();
    private Payment payment;
    private String note = "Invoice";
}
