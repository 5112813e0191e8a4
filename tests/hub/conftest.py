"""Fixtures of the hub tests; the harness itself is in hubharness.py (a unique module name, since
tests/ has no packages and other parts have their own conftest.py)."""

from hubharness import hub_factory, lab  # noqa: F401 - fixtures
