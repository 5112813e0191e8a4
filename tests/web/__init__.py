"""Website tests (a package, so that its conftest and helpers never shadow other parts' modules)."""
