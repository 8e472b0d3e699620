package com.shop.payments;

@interface Audited {}
