"""End to end in headless Chromium (Debian's package, driven by Playwright) against the real
stack: sign up, confirm, log in, Launch, run a Mojo cell in JupyterLab and see its output; one
login across website and hub (logout anywhere ends both and stops the server; deep links survive
a login; another user's workspace says so)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time

import pytest
from test_with_web import PASSWORD, prebuilt_library, stack  # noqa: F401 - the real stack fixture

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
        import playwright.sync_api  # noqa: F401 - in the dev extra of pyproject.toml
    except ImportError:
        pytest.fail("the playwright package is missing: `make test` installs the dev extra")


NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
               "source": "var answer = 6 * 7\nprint(\"hello from mojo\", answer)"}],
    "metadata": {"kernelspec": {"name": "mojo", "display_name": "Mojo", "language": "mojo"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def notebook_kernel_state(hub, user: str, path: str) -> str | None:
    """The execution state of the kernel the server runs for this notebook (None: no session yet)."""
    r = hub.user_api(user, "GET", "/sessions")
    if r.status_code != 200:
        return None
    return next((x["kernel"]["execution_state"] for x in r.json() if x.get("path") == path), None)


def wait_for_idle_kernel(page, hub, user: str, path: str, seconds: float = 150) -> None:
    """Until this notebook's own Mojo kernel is idle, in the server and on the page. JupyterLab may
    ask which kernel to start (Mojo preselected from the notebook); on a loaded machine that dialog
    can come late, so it is answered whenever it shows up rather than within a fixed window. The
    status bar alone is not enough: just after a tab switch it still shows the other tab's kernel."""
    select = page.locator(".jp-Dialog button:has-text('Select') >> visible=true")
    idle = page.locator("text=Mojo | Idle >> visible=true")
    deadline = time.monotonic() + seconds
    state = None
    while time.monotonic() < deadline:
        if select.count():
            with contextlib.suppress(Exception):  # it may close by itself between the two calls
                select.first.click(timeout=5_000)
        else:
            state = notebook_kernel_state(hub, user, path)
            if state == "idle" and idle.count() and not select.count():
                return
        page.wait_for_timeout(500)
    status = page.locator(".jp-StatusBar-Widget").all_inner_texts()
    raise AssertionError(f"no idle Mojo kernel for {path} after {seconds} s: server says {state}; "
                         f"status bar {status}")


def test_signup_confirm_login_launch_run_a_mojo_cell_and_log_out(stack):  # noqa: F811
    ensure_browser()
    from playwright.sync_api import sync_playwright

    site, hub = stack
    user, email = "zoe", "zoe@example.com"
    prebuilt_library()
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
            # The first time, JupyterLab opens on HelloMojo, and asks nothing about news.
            assert page.url.endswith("/lab/tree/examples/HelloMojo.ipynb"), page.url
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
            page.wait_for_timeout(3000)
            assert "official Jupyter news" not in page.content()

            specs = hub.user_api(user, "GET", "/kernelspecs").json()["kernelspecs"]
            if "mojo" not in specs:
                pytest.skip(f"the mojo kernel is not installed (kernels: {sorted(specs)})")
            r = hub.user_api(user, "PUT", "/contents/hello-test.ipynb",
                             json={"type": "notebook", "format": "json", "content": NOTEBOOK})
            assert r.status_code in (200, 201), r.text
            page.goto(f"{hub.url}/user/{user}/lab/tree/hello-test.ipynb")
            cell = page.locator(".jp-NotebookPanel:visible .jp-Cell").first
            cell.wait_for()
            wait_for_idle_kernel(page, hub, user, "hello-test.ipynb")
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
            hub.stop_server(user)  # also after a failure: the next tests need the pool's slot


ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextlib.contextmanager
def chromium(hub):
    ensure_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        shots = []

        def new_page():
            page = browser.new_context().new_page()
            page.set_default_timeout(45_000)
            shots.append(page)
            return page

        try:
            yield new_page
        except Exception:
            for i, page in enumerate(shots):
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(hub.root / f"session-failure-{i}.png"))
            raise
        finally:
            browser.close()


def web_login(page, hub, user: str) -> None:
    page.goto(hub.url + "/login")
    page.fill("#username", user)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/dashboard*")


def launch_lab(page, hub, user: str) -> None:
    page.goto(hub.url + "/dashboard")
    page.click("text=Launch CPU")
    page.wait_for_url(f"**/user/{user}/lab**", timeout=90_000)
    page.wait_for_selector(".jp-LabShell", timeout=90_000)


def server_running(hub, user: str) -> bool:
    return bool(hub.api("GET", f"/users/{user}").json().get("servers"))


def wait_stopped(hub, user: str, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server_running(hub, user):
            return True
        time.sleep(0.3)
    return False


def test_logout_on_the_website_ends_the_lab_session_and_stops_the_server(stack):  # noqa: F811
    from test_with_web import browser_signup

    site, hub = stack
    browser_signup(hub, site, "lou")
    with chromium(hub) as new_page:
        page = new_page()
        web_login(page, hub, "lou")
        launch_lab(page, hub, "lou")
        assert server_running(hub, "lou")
        page.goto(hub.url + "/dashboard")
        page.click("main >> text=Open")  # a running session is offered Open, beside Stop
        page.wait_for_url("**/user/lou/lab**", timeout=60_000)
        page.wait_for_selector(".jp-LabShell", timeout=90_000)
        page.goto(hub.url + "/dashboard")
        page.click("header >> text=Log out")
        page.wait_for_selector("header >> text=Log in")
        assert wait_stopped(hub, "lou"), "the server kept running after the website's Log out"
        # The lab is gone for this browser: the bookmark leads to the website's login form.
        page.goto(f"{hub.url}/user/lou/lab")
        page.wait_for_selector("#password")
        assert "/login" in page.url and ".jp-LabShell" not in page.content()
        assert page.context.request.get(hub.url + "/api/v1/me").status == 401
    # The workspace stays.
    assert (hub.data / "users" / "lou" / "examples").is_dir()


def test_logout_from_jupyterlab_ends_the_website_session_too(stack):  # noqa: F811
    from test_with_web import browser_signup

    site, hub = stack
    browser_signup(hub, site, "max")
    with chromium(hub) as new_page:
        page = new_page()
        web_login(page, hub, "max")
        launch_lab(page, hub, "max")
        page.click(".lm-MenuBar-itemLabel:text-is('File')")
        page.locator(".lm-Menu-itemLabel:text-is('Log Out'):visible").click()
        # Our page, not the stock "Successfully logged out"; a GET alone logs nobody out.
        page.wait_for_selector("text=Log out of Mojito?")
        page.click("#confirm-logout")
        page.wait_for_selector("header >> text=Log in")
        assert wait_stopped(hub, "max"), "the server kept running after JupyterLab's Log Out"
        page.goto(hub.url + "/dashboard")
        page.wait_for_selector("#password")  # the website login ended too
        assert page.context.request.get(hub.url + "/api/v1/me").status == 401
        page.goto(f"{hub.url}/user/max/lab")
        page.wait_for_selector("#password")


def test_a_deep_link_survives_the_login_and_another_users_workspace_says_so(stack):  # noqa: F811
    from test_with_web import browser_signup

    site, hub = stack
    browser_signup(hub, site, "nia")
    browser_signup(hub, site, "oto")
    hub.spawn("nia")
    with chromium(hub) as new_page:
        page = new_page()  # a fresh browser with a bookmark
        deep = f"{hub.url}/user/nia/lab/tree/examples/HelloMojo.ipynb"
        page.goto(deep)
        page.wait_for_selector("#password")
        page.fill("#username", "nia")
        page.fill("#password", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url("**/user/nia/lab/tree/examples/HelloMojo.ipynb**", timeout=60_000)
        page.wait_for_selector(".jp-LabShell", timeout=90_000)
        page.wait_for_selector(".jp-NotebookPanel", timeout=60_000)
        assert "token=" not in page.url

        other = new_page()
        web_login(other, hub, "oto")
        other.goto(f"{hub.url}/user/nia/lab")
        other.wait_for_selector("text=Not your workspace", timeout=60_000)
        assert ".jp-LabShell" not in other.content()
        assert "Go to my dashboard" in other.content()

        # The bookmark of a stopped workspace starts it (our page, then JupyterLab on that path).
        hub.stop_server("nia")
        page.goto(deep)
        page.wait_for_url("**/user/nia/lab/tree/examples/HelloMojo.ipynb**", timeout=120_000)
        page.wait_for_selector(".jp-NotebookPanel", timeout=90_000)
    hub.stop_server("nia")


def test_hub_pages_are_ours_and_users_never_see_named_servers_or_tokens(stack):  # noqa: F811
    from test_with_web import browser_signup, launch

    site, hub = stack
    browser = browser_signup(hub, site, "pia")
    launch(browser)
    hub.wait_ready("pia")
    for path in ("/hub/home", "/hub/token"):
        r = browser.get(path, follow_redirects=False)
        assert r.status_code in (302, 303) and r.headers["location"] == "/dashboard", (path, r.status_code)
    page = browser.get("/hub/logout").text  # a GET asks; it logs nobody out
    assert "Log out of Mojito?" in page and '<img src="/static/logo.svg"' in page
    assert "Named Server" not in page and "Token" not in page
    assert hub.api("GET", "/users/pia").json()["servers"]
    missing = browser.get("/hub/no-such-page")
    assert missing.status_code == 404 and "Page not found" in missing.text and "/dashboard" in missing.text
    hub.stop_server("pia")


STRUCT_NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
               "source": "@fieldwise_init\nstruct Point(Copyable):\n    var x: Int\n\n"
                         "comptime origin = Point(0)\nvar p = origin^\nprint(t\"x = {p.x}\")"}],
    "metadata": {"kernelspec": {"name": "mojo", "display_name": "Mojo", "language": "mojo"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def test_mojo_highlighting_share_from_jupyterlab_open_a_copy_and_revoke(stack):  # noqa: F811
    from test_with_web import browser_signup

    site, hub = stack
    browser_signup(hub, site, "ria")
    browser_signup(hub, site, "sol")
    try:
        with chromium(hub) as new_page:
            page = new_page()
            web_login(page, hub, "ria")
            launch_lab(page, hub, "ria")
            r = hub.user_api("ria", "PUT", "/contents/Points.ipynb",
                             json={"type": "notebook", "format": "json", "content": STRUCT_NOTEBOOK})
            assert r.status_code in (200, 201), r.text
            page.goto(f"{hub.url}/user/ria/lab/tree/Points.ipynb")
            editor = page.locator(".jp-NotebookPanel:visible .jp-Cell .cm-content").first
            editor.wait_for(timeout=60_000)
            # Mojo's CodeMirror mode: `struct`, `var` and `comptime` are keywords, `Int` a type.
            for word, token in (("struct", "tok-keyword"), ("comptime", "tok-keyword"), ("var", "tok-keyword"),
                                ("Int", "tok-typeName")):
                span = editor.locator(f"span:text-is('{word}')").first
                span.wait_for(timeout=30_000)
                assert token in (span.get_attribute("class") or ""), (word, span.get_attribute("class"))

            # The file browser offers our Share instead of JupyterLab's broken "Copy Shareable Link".
            page.locator(".jp-DirListing-item:has-text('Points.ipynb')").first.click(button="right")
            menu = page.locator(".lm-Menu:visible").last
            menu.locator(".lm-Menu-itemLabel:text-is('Share (read-only link)…')").wait_for(timeout=15_000)
            assert "Copy Shareable Link" not in menu.inner_text()
            page.keyboard.press("Escape")

            # File > Share Notebook publishes a snapshot and shows its link.
            page.click(".lm-MenuBar-itemLabel:text-is('File')")
            page.locator(".lm-Menu-itemLabel:text-is('Share Notebook (read-only link)…'):visible").click()
            dialog = page.locator(".jp-Dialog-content")
            dialog.locator("text=Anyone with this link").wait_for(timeout=30_000)
            url = next(w for w in dialog.inner_text().split() if "/s/" in w)
            page.locator(".jp-Dialog button:has-text('Done')").click()
            share_path = url[url.index("/s/"):]

            # A visitor reads it; another user opens a copy in their own workspace.
            visitor = new_page()
            visitor.goto(hub.url + share_path)
            visitor.wait_for_selector("text=shared by")
            assert "comptime" in visitor.inner_text("article")
            other = new_page()
            web_login(other, hub, "sol")
            other.goto(hub.url + share_path)
            other.click("#open-copy")
            other.wait_for_url("**/user/sol/lab**", timeout=120_000)
            other.wait_for_selector(".jp-LabShell", timeout=90_000)
            other.wait_for_selector(".lm-TabBar-tabLabel:text-is('Points.ipynb')", timeout=60_000)
            listing = hub.user_api("sol", "GET", "/contents/shared").json()
            assert [f["name"] for f in listing["content"]] == ["Points.ipynb"]
            assert "mojito-import" not in other.url

            # The owner stops sharing on the dashboard: the link is gone.
            page.goto(hub.url + "/dashboard")
            page.click(f"tr:has(a[href='{share_path}']) >> text=Stop sharing")
            page.wait_for_selector("text=Nothing shared yet")
            gone = visitor.goto(hub.url + share_path)
            assert gone.status == 410
    finally:  # also after a failure: the next tests need the pool's slots
        hub.stop_server("ria")
        hub.stop_server("sol")
