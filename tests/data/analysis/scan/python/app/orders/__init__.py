"""Orders: placing and tracking orders."""
from .models import Order
