"""`mojito kernel install` writes a kernelspec Jupyter can start."""

import json
import os
import subprocess
import sys
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager

MOJITO = [sys.executable, "-m", "mojito.compiler.cli"]


def test_install_into_a_prefix(tmp_path):
    done = subprocess.run([*MOJITO, "kernel", "install", "--prefix", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    spec_file = tmp_path / "share" / "jupyter" / "kernels" / "mojo" / "kernel.json"
    spec = json.loads(spec_file.read_text())
    assert spec["display_name"] == "Mojo"
    assert spec["language"] == "mojo"
    assert spec["interrupt_mode"] == "message"
    assert spec["argv"][:3] == [sys.executable, "-m", "mojito.kernel"]
    assert (spec_file.parent / "logo-64x64.png").stat().st_size > 0  # the launcher tile's icon

    manager = KernelSpecManager(kernel_dirs=[str(spec_file.parent.parent)])
    assert manager.get_kernel_spec("mojo").display_name == "Mojo"


def test_make_venv_installed_the_kernelspec_for_this_environment():
    # `make test` depends on `make venv`, which runs `mojito kernel install --sys-prefix`.
    spec = json.loads((Path(sys.prefix) / "share/jupyter/kernels/mojo/kernel.json").read_text())
    assert spec["argv"][0] == sys.executable


def test_unknown_option_is_a_usage_error():
    done = subprocess.run([*MOJITO, "kernel", "install", "--everywhere"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "--everywhere" in done.stderr


def test_uninstall_removes_the_kernelspec(tmp_path):
    kernels = tmp_path / "share" / "jupyter" / "kernels"
    subprocess.run([*MOJITO, "kernel", "install", "--prefix", str(tmp_path), "--name", "mojo-test"],
                   capture_output=True, text=True, timeout=60, check=True)
    env = {**os.environ, "JUPYTER_PATH": str(tmp_path / "share" / "jupyter")}
    done = subprocess.run([*MOJITO, "kernel", "uninstall", "--name", "mojo-test"],
                          capture_output=True, text=True, timeout=60, check=False, env=env)
    assert done.returncode == 0, done.stderr
    assert not (kernels / "mojo-test").exists()
    again = subprocess.run([*MOJITO, "kernel", "uninstall", "--name", "mojo-test"],
                           capture_output=True, text=True, timeout=60, check=False, env=env)
    assert again.returncode == 1 and "no kernelspec 'mojo-test'" in again.stderr
