import app.util
