"""The Mojito website: accounts, quotas, gallery, admin dashboard and the hub's admission API.

`create_app()` (in `mojito.web.app`) builds the FastAPI application; `mojito web serve` runs it.
"""
