import requests
import app.orders.models


def charge():
    from app.payments import refunds
    return refunds
