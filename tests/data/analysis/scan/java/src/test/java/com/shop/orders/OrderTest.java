package com.shop.orders;

class OrderTest { Order order; }
