"""Mojito's JupyterHub extensions: login bridge from web/, admission against web/'s quota API,
and the pool-aware spawner with its sandbox backends (local bubblewrap, Docker, Kubernetes)."""
