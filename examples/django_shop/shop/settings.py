"""Settings of the example shop: only what sending mail through Pakat needs."""

import os

SECRET_KEY = "example-shop-not-a-secret"  # an example project serves nothing
INSTALLED_APPS = ["shop"]
TIME_ZONE = "Asia/Tehran"  # naive send_at values are read in it
USE_TZ = True

EMAIL_BACKEND = "pakat.django.EmailBackend"
ANYMAIL = {
    # None falls back to the PAKAT_API_KEY environment variable, as pakat.Pakat() does.
    "PAKAT_API_KEY": os.environ.get("PAKAT_API_KEY"),
}
# On a domain verified in your Pakat account (the sandbox verifies example.com).
DEFAULT_FROM_EMAIL = "فروشگاه پاکات <orders@example.com>"
