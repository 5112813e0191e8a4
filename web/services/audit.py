"""The audit log of admin actions."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ..models import AuditEntry


def record(db: Session, actor: str, action: str, target: str = "", **detail: Any) -> None:
    db.add(
        AuditEntry(
            actor=actor,
            action=action,
            target=target,
            detail=json.dumps(detail, sort_keys=True, default=str) if detail else "",
        )
    )
