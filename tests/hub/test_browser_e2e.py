"""End to end in headless Chromium (Debian's package, driven by Playwright): sign up, confirm,
log in, Launch, run a Mojo cell in JupyterLab and see its output, log out."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys

import pytest
from test_with_web import PASSWORD, stack  # noqa: F401 - the real stack fixture

pytestmark = pytest.mark.timeout(300)
CHROMIUM = "/usr/bin/chromium"


def ensure_browser() -> None:
    if not os.path.exists(CHROMIUM) and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=False, timeout=900,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed and cannot be installed here")
    try:
        import playwright
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "playwright>=1.50"], check=False, timeout=600)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("the playwright package is not installed and cannot be installed here")


NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
               "source": "var answer = 6 * 7\nprint(\"hello from mojo\", answer)"}],
    "metadata": {"kernelspec": {"name": "mojo", "display_name": "Mojo", "language": "mojo"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def test_signup_confirm_login_launch_run_a_mojo_cell_and_log_out(stack):  # noqa: F811
    ensure_browser()
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    site, hub = stack
    user, email = "zoe", "zoe@example.com"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.set_default_timeout(45_000)
        try:
            page.goto(hub.url + "/signup")
            page.fill("#email", email)
            page.fill("#username", user)
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.goto(hub.url + "/verify?token=" + site.confirm_token(email))
            page.click("main button[type=submit]")
            page.goto(hub.url + "/login")
            page.fill("#username", user)
            page.fill("#password", PASSWORD)
            page.click("main button[type=submit]")
            page.wait_for_url("**/dashboard*")

            page.click("text=Launch CPU")
            page.wait_for_url(f"**/user/{user}/lab**", timeout=90_000)
            page.wait_for_selector(".jp-LabShell", timeout=90_000)
            assert "token=" not in page.url

            specs = hub.user_api(user, "GET", "/kernelspecs").json()["kernelspecs"]
            if "mojo" not in specs:
                pytest.skip(f"the mojo kernel is not installed (kernels: {sorted(specs)})")
            r = hub.user_api(user, "PUT", "/contents/hello-test.ipynb",
                             json={"type": "notebook", "format": "json", "content": NOTEBOOK})
            assert r.status_code in (200, 201), r.text
            page.goto(f"{hub.url}/user/{user}/lab/tree/hello-test.ipynb")
            cell = page.locator(".jp-Notebook .jp-Cell").first
            cell.wait_for()
            # JupyterLab may ask which kernel to start (Mojo preselected from the notebook).
            dialog = page.locator(".jp-Dialog button:has-text('Select')")
            with contextlib.suppress(PlaywrightTimeout):  # no dialog: the kernel started by itself
                dialog.click(timeout=15_000)
            page.wait_for_selector("text=Mojo | Idle", timeout=90_000)
            cell.click()
            page.keyboard.press("Shift+Enter")
            page.wait_for_selector(".jp-OutputArea-output >> text=hello from mojo 42", timeout=90_000)

            page.goto(hub.url + "/dashboard")
            page.click("text=Log out")
            page.wait_for_selector("text=Log in")
        except Exception:
            page.screenshot(path=str(hub.root / "e2e-failure.png"))
            raise
        finally:
            browser.close()
    hub.stop_server(user)
