"""The try-it page in headless Chromium (Debian's, driven by Playwright) against a real server:
run a program, see an error with its location (and jump to it), see the assembly, save a permalink."""

from __future__ import annotations

import os

import pytest

from .test_web_tryit import HELLO, served, site, tryit_dir  # noqa: F401 - fixtures

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.timeout(300)


def test_try_page_runs_shows_errors_with_location_and_the_assembly(served):  # noqa: F811
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page = browser.new_page()
        page.set_default_timeout(60_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        try:
            page.goto(served + "/try")
            # The editor: CodeMirror with the Mojo grammar of the JupyterLab extension.
            page.wait_for_selector(".try-editor .cm-content")
            assert "tok-keyword" in (page.locator(".try-editor span:text-is('def')").first.get_attribute("class") or "")

            def type_program(text: str) -> None:
                page.locator(".try-editor").evaluate("(el, t) => window.mojitoEditor.setValue(t)", text)

            type_program(HELLO)
            page.click("#run")
            page.wait_for_selector("#stdout:has-text('hello 42')")
            assert "exit code 0" in page.inner_text("#exit")

            type_program("def main():\n    var x = 1\n    print(y)\n")
            page.click("#run")
            link = page.locator("#diagnostics a[data-line='3']")
            link.wait_for()
            assert "line 3, column 11" in link.inner_text()
            assert "unknown declaration 'y'" in page.inner_text("#diagnostics")
            link.click()  # the cursor goes to the error
            head = page.locator(".try-editor").evaluate("el => window.mojitoEditor.view.state.selection.main.from")
            assert head == len("def main():\n    var x = 1\n") + 10

            type_program("def fib(n: Int) -> Int:\n    if n < 2:\n        return n\n"
                                 "    return fib(n - 1) + fib(n - 2)\n\n\ndef main():\n    print(fib(9) * 1000 + 81)\n")
            page.select_option("#emit", "asm")
            page.click("#run")
            page.wait_for_selector("#emitted:has-text('.text')")
            assert "34081" in page.inner_text("#stdout")
            # One function on its own, as on Compiler Explorer.
            page.select_option("#function", "fib")
            shown = page.inner_text("#emitted")
            assert shown.startswith("fib:") and "mojito_entry:" not in shown, shown[:300]
            # Each line of it is coloured by the source line it came from; its number jumps there.
            recursion = page.locator("#emitted .emitted-line[data-src='4']")
            assert recursion.count() > 0 and "call" in " ".join(recursion.all_inner_texts())
            assert "src-c4" in (recursion.first.get_attribute("class") or "")
            recursion.first.locator("a.src-line").click()
            head = page.locator(".try-editor").evaluate("el => window.mojitoEditor.view.state.selection.main.from")
            assert head == len("def fib(n: Int) -> Int:\n    if n < 2:\n        return n\n")
            page.select_option("#function", "")
            assert "mojito_entry" in page.inner_text("#emitted")
            assert page.locator("#emitted .emitted-line[data-src='8']").count() > 0  # main's print, inlined

            page.click("#save")
            page.wait_for_selector("#permalink a")
            url = page.get_attribute("#permalink a", "href")
            assert url.startswith("/try/")
            page.goto(served + url)
            page.wait_for_selector(".try-editor .cm-content")
            assert "fib(9)" in page.inner_text(".try-editor .cm-content")
            assert not errors, errors  # no CSP violation or script error
        except Exception:
            page.screenshot(path="/tmp/try-failure.png")
            raise
        finally:
            browser.close()
