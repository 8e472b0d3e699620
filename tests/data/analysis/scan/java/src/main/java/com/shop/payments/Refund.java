package com.shop.payments;

class Refund {}
