import app.orders.views
