from . import models
from .models import (
    Order,
)
from ..payments import gateway
from ..payments.refunds \
    import Refund
# import app.util  <- a comment
text = "from app import util"


def place(order: Order) -> None:
    import app.util as helpers; helpers.log(order)
