"""Database models, one module per aggregate."""

from quizapp.models.attempt import Attempt, Response
from quizapp.models.item import Item, ItemVersion
from quizapp.models.report import AuditEntry, Checklist, Report, ReportPdf, ReportTopic
from quizapp.models.setting import Setting, get_setting, set_setting
from quizapp.models.user import Role, User

__all__ = [
    "Attempt", "AuditEntry", "Checklist", "Item", "ItemVersion", "Report", "ReportPdf", "ReportTopic", "Response",
    "Role", "Setting", "User", "get_setting", "set_setting",
]
