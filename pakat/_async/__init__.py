"""The clients, their resources and what they wait in: written once for asyncio in pakat/_async/,
generated for threads into pakat/_sync/ by scripts/unasync.py."""
