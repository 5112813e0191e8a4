"""Outgoing mail: SMTP when configured, else one `.eml` file per message in the outbox folder."""

from __future__ import annotations

import logging
import smtplib
import threading
import time
import uuid
from email.message import EmailMessage

from .config import Settings

log = logging.getLogger("mojito.web.mail")


class Mailer:
    def __init__(self, settings: Settings):
        self.settings = settings

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.mail_from
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        s = self.settings
        if s.smtp_host:
            # Off the request path: an SMTP round trip (or its timeout) would otherwise tell, by the
            # answer's time, whether a reset or signup address has an account.
            threading.Thread(target=self._smtp, args=(msg,), name="mojito-mail", daemon=True).start()
            return
        s.outbox_dir.mkdir(parents=True, exist_ok=True)
        # Nanoseconds first: the file names sort in sending order.
        name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}.eml"
        tmp = s.outbox_dir / (name + ".tmp")
        tmp.write_bytes(bytes(msg))
        tmp.rename(s.outbox_dir / name)  # readers never see a half-written message

    def _smtp(self, msg: EmailMessage) -> None:
        s = self.settings
        try:
            with smtplib.SMTP(s.smtp_host or "", s.smtp_port, timeout=20) as smtp:
                smtp.starttls()
                if s.smtp_user:
                    smtp.login(s.smtp_user, s.smtp_password or "")
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as exc:
            # The account change is already saved; the user can ask for the mail again (reset
            # confirms the address too). Never log the body: it holds a single-use token.
            log.error("could not send %r to %s via %s: %s", msg["Subject"], msg["To"], s.smtp_host, exc)
