"""The async client and resources, written by hand; `pakat/_sync/` is generated from them."""
