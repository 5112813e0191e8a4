"""The `mojo` kernelspec and its installation."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

KERNEL_NAME = "mojo"
RESOURCES = Path(__file__).parent / "resources"  # logo-32x32.png, logo-64x64.png (JupyterLab launcher)


def kernel_json(python: str | None = None) -> dict[str, object]:
    return {
        "argv": [python or sys.executable, "-m", "mojito.kernel", "-f", "{connection_file}"],
        "display_name": "Mojo",
        "language": "mojo",
        # Interrupts arrive as control messages: they work where signals cannot reach the kernel
        # (sandboxes such as bubblewrap) and stop native loops at once.
        "interrupt_mode": "message",
        "metadata": {"debugger": False},
    }


def install(*, user: bool = False, prefix: str | None = None, name: str = KERNEL_NAME) -> str:
    """Install the kernelspec; returns the directory it went to."""
    from jupyter_client.kernelspec import KernelSpecManager

    with tempfile.TemporaryDirectory() as tmp:
        # The spec is copied with the temp dir's 0700 mode; sandboxed users (another uid) must read it.
        os.chmod(tmp, 0o755)
        Path(tmp, "kernel.json").write_text(json.dumps(kernel_json(), indent=1) + "\n")
        for logo in RESOURCES.glob("logo-*.png"):
            shutil.copy(logo, tmp)
        return KernelSpecManager().install_kernel_spec(
            tmp, kernel_name=name, user=user, prefix=None if user else prefix, replace=True
        )


def uninstall(name: str = KERNEL_NAME) -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    manager = KernelSpecManager()
    path = manager.get_kernel_spec(name).resource_dir
    manager.remove_kernel_spec(name)
    return path
