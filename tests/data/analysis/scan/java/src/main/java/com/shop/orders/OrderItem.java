package com.shop.orders;

public record OrderItem(String sku, int quantity) {}
