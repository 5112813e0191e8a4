"""Property-based fuzzing of the whole OpenAPI surface (schemathesis): no input makes a server error.

Bounded (a few dozen examples per operation and generation mode) so the suite stays fast; requests
carry the hub's service token and an admin's session cookie, so the fuzzer gets past authentication
everywhere. (schemathesis' own pytest plugin does not load under pytest 9, so the strategies are
driven with hypothesis directly.)
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from mojito.web.app import create_app
from mojito.web.config import load_settings
from schemathesis import GenerationMode

OPERATIONS = [
    op.ok()
    for op in schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(load_settings({"MOJITO_DATA_DIR": "/nonexistent-schema-only"}))
    ).get_all_operations()
]
SKIP = {("POST", "/api/v1/logout")}  # would end the fuzzer's own admin session (covered by the flow tests)


def _breakable(op) -> bool:
    # Invalid inputs only where the schema constrains some (a body or query); an unconstrained
    # path string has no invalid value.
    return bool(op.body) or any(p.location == "query" for p in op.iter_parameters())


CASES = [
    (f"{op.method.upper()} {op.path}", mode)
    for op in OPERATIONS
    if (op.method.upper(), op.path) not in SKIP
    for mode in (
        [GenerationMode.POSITIVE, GenerationMode.NEGATIVE] if _breakable(op) else [GenerationMode.POSITIVE]
    )
]


@pytest.mark.parametrize("label,mode", CASES, ids=[f"{lbl}-{m.value}" for lbl, m in CASES])
def test_no_input_causes_a_server_error(lite, label, mode):
    method, path = label.split(" ", 1)
    schema = schemathesis.openapi.from_asgi("/openapi.json", lite.app)
    op = next(
        o.ok() for o in schema.get_all_operations() if o.ok().method.upper() == method and o.ok().path == path
    )
    cookie = lite.admin_client().cookies.get("mojito_session")
    headers = {"Authorization": f"Bearer {lite.ctx.hub_token}", "Cookie": f"mojito_session={cookie}"}

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        # Not schemathesis' 10 s: POST /api/v1/run may take its wall limit (10 s) plus a build, and
        # its first call compiles the standard library (slower still on a loaded machine).
        response = case.call(headers={**(case.headers or {}), **headers}, timeout=90)
        assert response.status_code < 500, f"{label} -> {response.status_code}: {response.text[:300]}"

    run()
