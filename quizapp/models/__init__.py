"""Database models, one module per aggregate."""

from quizapp.models.attempt import Attempt, Response
from quizapp.models.item import Item, ItemVersion
from quizapp.models.user import Role, User

__all__ = ["Attempt", "Item", "ItemVersion", "Response", "Role", "User"]
