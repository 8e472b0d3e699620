from __future__ import annotations

import dataclasses, json
from app import util


@dataclasses.dataclass
class Order:
    """A placed order.

    import app.payments.gateway  <- inside a docstring: not an import
    """
    id: str
