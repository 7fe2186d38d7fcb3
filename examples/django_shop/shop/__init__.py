"""A minimal Django project whose mail goes through Pakat (pakat.django.EmailBackend)."""
