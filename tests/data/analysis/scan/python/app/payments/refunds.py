from app.orders import models as order_models
class Refund: pass
