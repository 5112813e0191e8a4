"""Outgoing mail: SMTP when configured, else one `.eml` file per message in the outbox folder."""

from __future__ import annotations

import email.utils
import html
import logging
import re
import smtplib
import threading
import time
import uuid
from email.message import EmailMessage

from .config import Settings

log = logging.getLogger("mojito.web.mail")


URL_RE = re.compile(r"https?://[^\s<>\"']+")


def _domain(sender: str) -> str:
    address = email.utils.parseaddr(sender)[1]
    return address.rpartition("@")[2] or "localhost"


def as_html(subject: str, body: str) -> str:
    """The plain-text body as a small HTML page: paragraphs, and links that can be clicked."""
    paragraphs = []
    for para in body.strip().split("\n\n"):
        parts, last = [], 0
        for m in URL_RE.finditer(para):
            parts.append(html.escape(para[last:m.start()]))
            url = html.escape(m.group(0), quote=True)
            parts.append(f'<a href="{url}">{url}</a>')
            last = m.end()
        parts.append(html.escape(para[last:]))
        paragraphs.append("<p>" + "".join(parts).replace("\n", "<br>\n") + "</p>")
    return (
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + html.escape(subject) + "</title></head>\n"
        '<body style="font-family:system-ui,sans-serif;color:#1d2430;max-width:36rem">\n'
        '<p style="font-weight:700;color:#0d7a5f">Mojito</p>\n' + "\n".join(paragraphs) + "\n</body></html>\n"
    )


class Mailer:
    def __init__(self, settings: Settings):
        self.settings = settings

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.mail_from
        msg["To"] = to
        msg["Subject"] = subject
        # Without Date and Message-ID many providers score a mail as spam (RFC 5322 wants both).
        msg["Date"] = email.utils.formatdate(usegmt=True)
        msg["Message-ID"] = email.utils.make_msgid(domain=_domain(self.settings.mail_from))
        msg.set_content(body)
        msg.add_alternative(as_html(subject, body), subtype="html")
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
